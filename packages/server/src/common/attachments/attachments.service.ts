import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ctx } from '../context.js';
import { assertContentMatches } from './sniff.js';
import type { AttachmentOwner } from '../modules.js';
import { AppError, errorCatalogue, notFound } from '../errors.js';
import { assertCanType, requireUser } from '../ability.js';
import { audit } from '../audit/audit.service.js';
import { transaction } from '../tx.js';
import { Attachment } from './attachments.entities.js';

export enum AttachmentError {
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  FILE_EMPTY = 'FILE_EMPTY',
  OWNER_TYPE_UNKNOWN = 'OWNER_TYPE_UNKNOWN',
}

export const ATTACHMENT_ERRORS = errorCatalogue<AttachmentError>('attachments', {
  FILE_TOO_LARGE: '文件超过允许的大小',
  FILE_TYPE_NOT_ALLOWED: '不支持的文件类型（可上传PDF、OFD、Office文档、图片、文本和压缩包）',
  FILE_EMPTY: '文件为空',
  OWNER_TYPE_UNKNOWN: '附件所属记录类型不正确',
});

export type { AttachmentOwner };

/** Office documents, PDF/OFD, images, text and archives, by extension and the type it must declare. */
export const ALLOWED_TYPES: Record<string, string[]> = {
  pdf: ['application/pdf'],
  ofd: ['application/ofd', 'application/octet-stream'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  wps: ['application/vnd.ms-works', 'application/octet-stream'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  txt: ['text/plain'],
  zip: ['application/zip', 'application/x-zip-compressed'],
};

export function checkFileType(fileName: string, mimeType: string) {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const allowed = Object.hasOwn(ALLOWED_TYPES, ext) ? ALLOWED_TYPES[ext] : undefined;
  if (!allowed || !allowed.includes(mimeType.toLowerCase())) {
    throw new AppError(
      AttachmentError.FILE_TYPE_NOT_ALLOWED,
      `不支持的文件类型：${ext || '无扩展名'}（可上传PDF、OFD、Office文档、图片、文本和压缩包）`,
      { field: 'file' },
    );
  }
}

const blobPath = (dataDir: string, sha256: string) => path.join(dataDir, 'files', sha256.slice(0, 2), sha256);

export interface UploadData {
  ownerType: string;
  ownerId: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export async function storeAttachment(ctx: Ctx, owners: ReadonlyMap<string, AttachmentOwner>, data: UploadData) {
  requireUser(ctx);
  assertCanType(ctx, 'create', 'Attachment');
  const owner = owners.get(data.ownerType);
  if (!owner) throw new AppError(AttachmentError.OWNER_TYPE_UNKNOWN, '附件所属记录类型不正确', { field: 'ownerType' });
  await owner.attach(ctx, data.ownerId);
  return saveAttachment(ctx, data, ctx.actor!.userId);
}

/**
 * The file checked (its type, declared and sniffed), stored once under its hash, and recorded with
 * its owner. The caller has decided who may attach it: a user (storeAttachment), or a citizen with
 * their case's codes (uploaderId null).
 */
export async function saveAttachment(ctx: Ctx, data: UploadData, uploaderId: string | null) {
  checkFileType(data.fileName, data.mimeType);
  if (data.content.length === 0) throw new AppError(AttachmentError.FILE_EMPTY, '文件为空', { field: 'file' });
  await assertContentMatches(data.fileName, data.content);
  const sha256 = createHash('sha256').update(data.content).digest('hex');
  const target = blobPath(ctx.config.dataDir, sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await mkdir(path.dirname(target), { recursive: true });
    // a name no other upload uses, in this process or another (several servers share the folder,
    // and two containers may well have the same process id): the rename then puts one whole copy in place
    const tmp = `${target}.${randomBytes(8).toString('hex')}.tmp`;
    await writeFile(tmp, data.content);
    await rename(tmp, target).catch(async (e) => {
      await rm(tmp, { force: true });
      throw e;
    });
  }
  return transaction(ctx, async (tx) => {
    const a = tx.em.create(Attachment, {
      ownerType: data.ownerType,
      ownerId: data.ownerId,
      fileName: path.basename(data.fileName).slice(0, 200),
      mimeType: data.mimeType,
      size: data.content.length,
      sha256,
      uploaderId,
      createdAt: new Date(),
    });
    tx.em.persist(a);
    await tx.em.flush();
    audit(tx, {
      action: 'Attachment.upload',
      subjectType: data.ownerType,
      subjectId: data.ownerId,
      after: { attachmentId: a.id, fileName: a.fileName, size: a.size, sha256 },
    });
    return a;
  });
}

/** A file is downloaded only by someone who may read the record that owns it. */
export async function openAttachment(ctx: Ctx, owners: ReadonlyMap<string, AttachmentOwner>, id: string) {
  const a = await ctx.em.findOne(Attachment, id);
  if (!a) throw notFound('附件');
  const owner = owners.get(a.ownerType);
  if (!owner) throw notFound('附件');
  await owner.read(ctx, a.ownerId);
  return { attachment: a, path: blobPath(ctx.config.dataDir, a.sha256) };
}

export async function listAttachments(ctx: Ctx, owners: ReadonlyMap<string, AttachmentOwner>, ownerType: string, ownerId: string) {
  const owner = owners.get(ownerType);
  if (!owner) throw new AppError(AttachmentError.OWNER_TYPE_UNKNOWN, '附件所属记录类型不正确', { field: 'ownerType' });
  await owner.read(ctx, ownerId);
  return ctx.em.find(Attachment, { ownerType, ownerId }, { orderBy: { createdAt: 'asc' } });
}
