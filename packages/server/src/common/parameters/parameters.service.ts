import { isValidLocalDate, type LocalDate } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { audit } from '../audit/audit.service.js';
import { transaction } from '../tx.js';
import { ParameterVersion } from './parameters.entities.js';
import { PARAMETERS, PARAMETER_BY_KEY, WEIGHTS_TOTAL, invalidValueReason, weightsOff } from './parameters.definitions.js';
import { now, today } from '../clock.js';

export enum ParameterError {
  PARAMETER_UNKNOWN = 'PARAMETER_UNKNOWN',
  PARAMETER_VALUE_INVALID = 'PARAMETER_VALUE_INVALID',
  PARAMETER_RETROACTIVE = 'PARAMETER_RETROACTIVE',
  PARAMETER_DATE_INVALID = 'PARAMETER_DATE_INVALID',
  PARAMETER_SOURCE_REQUIRED = 'PARAMETER_SOURCE_REQUIRED',
  PARAMETER_NOT_IN_FORCE = 'PARAMETER_NOT_IN_FORCE',
  PARAMETER_WEIGHTS_SUM = 'PARAMETER_WEIGHTS_SUM',
}

function knownKey(key: string) {
  const def = PARAMETER_BY_KEY.get(key);
  if (!def) throw new AppError(ParameterError.PARAMETER_UNKNOWN, `没有名为“${key}”的政策参数`, { field: 'key' });
  return def;
}

/** The version of a parameter in force on a date (Asia/Shanghai): the latest one effective on or before it. */
export async function versionOn(ctx: Ctx, key: string, date: LocalDate): Promise<ParameterVersion> {
  knownKey(key);
  if (!isValidLocalDate(date)) throw new AppError(ParameterError.PARAMETER_DATE_INVALID, '日期格式应为 YYYY-MM-DD', { field: 'date' });
  const found = await ctx.em.findOne(ParameterVersion, { key, effectiveFrom: { $lte: date } }, { orderBy: { effectiveFrom: 'desc' } });
  if (!found) throw new AppError(ParameterError.PARAMETER_NOT_IN_FORCE, `政策参数“${PARAMETER_BY_KEY.get(key)!.label}”在${date}尚未生效`);
  return found;
}

/** The value of a parameter in force on a date, for rules that store it on the work item they create. */
export async function valueOn<T = number>(ctx: Ctx, key: string, date: LocalDate = today()): Promise<T> {
  return (await versionOn(ctx, key, date)).data as T;
}

export interface PolicyParameterView {
  key: string;
  label: string;
  unit: string;
  current: ParameterVersion | null;
  versions: ParameterVersion[];
}

export async function listParameters(ctx: Ctx): Promise<PolicyParameterView[]> {
  const day = today();
  const all = await ctx.em.find(ParameterVersion, {}, { orderBy: { key: 'asc', effectiveFrom: 'desc' } });
  return PARAMETERS.map((def) => {
    const versions = all.filter((v) => v.key === def.key);
    return { key: def.key, label: def.label, unit: def.unit, versions, current: versions.find((v) => v.effectiveFrom <= day) ?? null };
  });
}

export interface ParameterVersionInputData {
  key: string;
  value: string;
  effectiveFrom: string;
  source: string;
  note?: string | null;
}

/** Add a version. History is never edited: a new version takes effect today or later. */
export async function addParameterVersion(ctx: Ctx, input: ParameterVersionInputData) {
  const def = knownKey(input.key);
  if (!isValidLocalDate(input.effectiveFrom)) {
    throw new AppError(ParameterError.PARAMETER_DATE_INVALID, '生效日期格式应为 YYYY-MM-DD', { field: 'effectiveFrom' });
  }
  if (input.effectiveFrom < today()) {
    throw new AppError(ParameterError.PARAMETER_RETROACTIVE, '生效日期不能早于今天：已生效的历史版本不可更改', { field: 'effectiveFrom' });
  }
  let value: unknown;
  try {
    value = JSON.parse(input.value);
  } catch {
    throw new AppError(ParameterError.PARAMETER_VALUE_INVALID, '参数值格式不正确', { field: 'value' });
  }
  const reason = invalidValueReason(def, value);
  if (reason) throw new AppError(ParameterError.PARAMETER_VALUE_INVALID, `“${def.label}”${reason}`, { field: 'value' });
  const off = weightsOff(def, value);
  if (off !== null)
    throw new AppError(ParameterError.PARAMETER_WEIGHTS_SUM, `“${def.label}”各项之和应为${WEIGHTS_TOTAL}，现为${off}`, { field: 'value' });
  const source = input.source.trim();
  if (!source) throw new AppError(ParameterError.PARAMETER_SOURCE_REQUIRED, '请填写依据文件', { field: 'source' });
  return transaction(ctx, async (tx) => {
    const version = tx.em.create(ParameterVersion, {
      key: def.key,
      data: value,
      effectiveFrom: input.effectiveFrom,
      source: source.slice(0, 500),
      note: input.note?.trim().slice(0, 1000) || null,
      createdById: tx.actor?.userId ?? null,
      createdByName: tx.actor?.name ?? null,
      createdAt: now(),
    });
    tx.em.persist(version);
    await tx.em.flush();
    audit(tx, {
      action: 'PolicyParameter.addVersion',
      subjectType: 'PolicyParameter',
      subjectId: def.key,
      after: { value, effectiveFrom: input.effectiveFrom, source },
    });
    return version;
  });
}
