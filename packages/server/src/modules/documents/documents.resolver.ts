import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../../common/paging.js';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { AuditRecord } from '../../common/audit/audit.entities.js';
import { PolicyDocument } from './documents.entities.js';
import { ClassifiedDocumentInput, DocumentFilter, DocumentInput, PublicDocumentFilter, ReviewDocumentInput } from './documents.inputs.js';
import * as svc from './documents.service.js';
import { PublicDocument, toPublic } from './documents.public.js';

@ObjectType()
class DocumentPage {
  @CanRead('PolicyDocument') @Field(() => [PolicyDocument]) items: PolicyDocument[];
  @Field(() => Int) total: number;
}

@ObjectType()
class PublicDocumentPage {
  @Field(() => [PublicDocument]) items: PublicDocument[];
  @Field(() => Int) total: number;
}

@Resolver(() => PolicyDocument)
export class DocumentResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  leadUnit(@Root() d: PolicyDocument) {
    return d.leadUnit.load();
  }

  @Can('read', 'PolicyDocument')
  @Query(() => DocumentPage)
  documents(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return svc.listDocuments(ctx, filter ?? {}, page, pageSize, asksFor(info, 'total'));
  }

  @Can('read', 'PolicyDocument')
  @Query(() => PolicyDocument)
  document(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getDocument(ctx, id);
  }

  @Can('read', 'PolicyDocument')
  @Query(() => [AuditRecord], { description: "The document's history from the audit trail" })
  documentHistory(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.documentHistory(ctx, id);
  }

  @Can('create', 'PolicyDocument')
  @Mutation(() => PolicyDocument)
  createDocument(@GqlCtx() ctx: Ctx, @Arg('input', () => DocumentInput) input: DocumentInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'createDocument', payload: input, entity: PolicyDocument }, (tx) => svc.createDocument(tx, input));
  }

  @Can('update', 'PolicyDocument')
  @Mutation(() => PolicyDocument)
  updateDocument(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DocumentInput) input: DocumentInput,
  ) {
    return svc.updateDocument(ctx, id, version, input);
  }

  @Can('create', 'PolicyDocument')
  @Mutation(() => PolicyDocument, { description: 'Register a classified document by title, number and unit only' })
  registerClassifiedDocument(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => ClassifiedDocumentInput) input: ClassifiedDocumentInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'registerClassifiedDocument', payload: input, entity: PolicyDocument }, (tx) =>
      svc.registerClassifiedDocument(tx, input),
    );
  }

  @Can('submit', 'PolicyDocument')
  @Mutation(() => PolicyDocument)
  submitDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitDocument(ctx, id, version);
  }

  @Can('approveAttribute', 'PolicyDocument')
  @Mutation(() => PolicyDocument, { description: "The unit's disclosure officer approves a not-disclosed attribute" })
  approveDocumentAttribute(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveDocumentAttribute(ctx, id, version);
  }

  @Can('signOff', 'PolicyDocument')
  @Mutation(() => PolicyDocument)
  signOffDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.signOffDocument(ctx, id, version);
  }

  @Can('approve', 'PolicyDocument')
  @Mutation(() => PolicyDocument, { description: 'The Disclosure Office approves and forwards to the Document Section' })
  reviewDocument(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReviewDocumentInput) input: ReviewDocumentInput,
  ) {
    return svc.reviewDocument(ctx, id, version, {
      interpretationNeeded: input.interpretationNeeded ?? null,
      interpretationScope: input.interpretationScope,
      interpretationForms: input.interpretationForms ?? [],
    });
  }

  @Can('return', 'PolicyDocument')
  @Mutation(() => PolicyDocument, { description: '退文: back to the drafting unit with the reason' })
  returnDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnDocument(ctx, id, version, { reason });
  }

  @Can('issue', 'PolicyDocument')
  @Mutation(() => PolicyDocument, { description: 'Assign the number (next in the series unless seq is given) and issue' })
  issueDocument(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('issueDate', () => String, { nullable: true }) issueDate: string | null,
    @Arg('seq', () => Int, { nullable: true }) seq: number | null,
  ) {
    return svc.issueDocument(ctx, id, version, issueDate, seq);
  }

  @Public()
  @Query(() => PublicDocumentPage, { description: '政府信息公开' })
  async publicDocuments(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => PublicDocumentFilter, { nullable: true }) filter: PublicDocumentFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { items, total } = await svc.publicDocuments(ctx, filter ?? {}, page, pageSize, asksFor(info, 'total'));
    return { items: items.map(toPublic), total };
  }

  @Public()
  @Query(() => PublicDocument)
  publicDocument(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo) {
    return svc.publicDocumentView(ctx, id, (field) => asksFor(info, field));
  }
}
