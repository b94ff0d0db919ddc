import { Arg, Ctx as GqlCtx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context.js';
import { Can } from '../graphql/permission.js';
import { accessibleBy } from '../ability.js';
import { AuditRecord } from './audit.entities.js';
import { verifyAuditChain } from './audit.service.js';

@ObjectType()
class AuditPage {
  @Field(() => [AuditRecord]) items: AuditRecord[];
  @Field(() => Int) total: number;
}

@ObjectType()
class AuditChainStatus {
  @Field() ok: boolean;
  @Field(() => Int) checked: number;
  @Field(() => Int, { nullable: true }) firstBrokenSeq: number | null;
  @Field(() => Date) checkedAt: Date;
}

@InputType()
class AuditFilter {
  @Field(() => String, { nullable: true }) subjectType?: string | null;
  @Field(() => String, { nullable: true }) subjectId?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Can('read', 'AuditRecord')
  @Query(() => AuditPage)
  async auditRecords(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    const visible = accessibleBy(ctx, 'read', 'AuditRecord', AuditRecord);
    if (!visible) return { items: [], total: 0 };
    const f = filter ?? {};
    const where: Record<string, unknown>[] = [visible as Record<string, unknown>];
    if (f.subjectType) where.push({ subjectType: f.subjectType });
    if (f.subjectId) where.push({ subjectId: f.subjectId });
    if (f.actorId) where.push({ actorId: f.actorId });
    if (f.action) where.push({ action: { $like: `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    if (f.from) where.push({ at: { $gte: f.from } });
    if (f.to) where.push({ at: { $lte: f.to } });
    const size = Math.min(Math.max(pageSize, 1), 100);
    const [items, total] = await ctx.em.findAndCount(AuditRecord, { $and: where } as never, {
      orderBy: { seqKey: 'desc' }, limit: size, offset: (Math.max(page, 1) - 1) * size,
    });
    return { items, total };
  }

  @Can('verify', 'AuditRecord')
  @Query(() => AuditChainStatus)
  auditChainStatus(@GqlCtx() ctx: Ctx) {
    return verifyAuditChain(ctx.em);
  }
}
