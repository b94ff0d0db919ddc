import { Arg, Ctx as GqlCtx, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context.js';
import { Can } from '../graphql/permission.js';
import { installedModules } from '../modules.js';
import { Attachment } from './attachments.entities.js';
import { listAttachments } from './attachments.service.js';

@Resolver()
export class AttachmentsResolver {
  @Can('read', 'Attachment')
  @Query(() => [Attachment])
  attachments(@GqlCtx() ctx: Ctx, @Arg('ownerType') ownerType: string, @Arg('ownerId', () => ID) ownerId: string) {
    return listAttachments(ctx, installedModules().attachmentOwners, ownerType, ownerId);
  }
}
