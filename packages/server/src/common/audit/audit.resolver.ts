import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../context.js';
import { Can, CanRead, Derived } from '../graphql/permission.js';
import { AuditRecord } from './audit.entities.js';
import { listAuditRecords, verifyAuditChain } from './audit.service.js';

@ObjectType()
class AuditPage {
  @CanRead('AuditRecord') @Field(() => [AuditRecord]) items: AuditRecord[];
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

@Resolver(() => AuditRecord)
export class AuditResolver {
  /** Staff's network addresses are personal data: a document's history shows them to auditors only. */
  @Derived("the record's own field; shown to those who may read the audit trail only")
  @FieldResolver(() => String, { nullable: true, description: 'The address the request came from (to those who may read the audit trail)' })
  address(@Root() r: AuditRecord, @GqlCtx() ctx: Ctx): string | null {
    return ctx.ability.can('read', 'AuditRecord') ? (r.address ?? null) : null;
  }

  @Can('read', 'AuditRecord')
  @Query(() => AuditPage)
  auditRecords(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return listAuditRecords(ctx, filter ?? {}, page, pageSize);
  }

  @Can('verify', 'AuditRecord')
  @Query(() => AuditChainStatus)
  auditChainStatus(@GqlCtx() ctx: Ctx) {
    return verifyAuditChain(ctx.em);
  }
}
