import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { InterpretationForm } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { InterpretationFormEnum } from './interpretation.enums.js';
import { Attachment } from '../../common/attachments/attachments.entities.js';
import { PolicyDocument } from '../documents/documents.entities.js';
import { PublicDocument, toPublic } from '../documents/documents.public.js';
import { Interpretation } from './interpretation.entities.js';
import { InterpretationFilter, InterpretationInput } from './interpretation.inputs.js';
import * as svc from './interpretation.service.js';
import { batchLoad } from '../../common/batch.js';
import type { PublicInterpretationLinkJson } from './interpretation.public-sql.js';

@ObjectType()
class InterpretationPage {
  @CanRead('Interpretation') @Field(() => [Interpretation]) items: Interpretation[];
  @Field(() => Int) total: number;
}

/** What the portal shows of a published interpretation. */
@ObjectType()
class PublicInterpretation {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int) stage: number;
  @Field(() => [InterpretationFormEnum]) forms: InterpretationForm[];
  @Field(() => String, { nullable: true }) content: string | null;
  @Field(() => String, { nullable: true }) qa: string | null;
  @Field(() => [String]) links: string[];
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => ID) documentId: string;
  @Derived("a published interpretation on the portal: its images are public with it (each file's owner rule also serves /files)")
  @Field(() => [Attachment], { description: 'Images (图解) and other files' })
  images: Attachment[];
  @Field(() => PublicDocument) document: PublicDocument;
}

@ObjectType()
class PublicInterpretationPage {
  @Field(() => [PublicInterpretation]) items: PublicInterpretation[];
  @Field(() => Int) total: number;
}

/** Published interpretations with their documents and images, in a fixed number of queries however many there are. */
async function toPublicInterpretations(ctx: Ctx, items: Interpretation[]): Promise<PublicInterpretation[]> {
  if (!items.length) return [];
  await ctx.em.populate(items, ['document']);
  const files = await ctx.em.find(
    Attachment,
    { ownerType: 'Interpretation', ownerId: { $in: items.map((i) => i.id) } },
    { orderBy: { createdAt: 'asc' } },
  );
  return items.map((i) => ({
    id: i.id,
    title: i.title,
    stage: i.stage,
    forms: i.forms,
    content: i.content ?? null,
    qa: i.qa ?? null,
    links: i.links,
    publishedAt: i.publishedAt ?? null,
    documentId: i.document.id,
    images: files.filter((f) => f.ownerId === i.id),
    document: toPublic(i.document.getEntity()),
  }));
}

@Resolver(() => PolicyDocument)
export class DocumentInterpretationsResolver {
  @CanRead('Interpretation')
  @FieldResolver(() => [Interpretation], { description: 'Interpretations of the document, stage by stage' })
  interpretations(@Root() d: PolicyDocument, @GqlCtx() ctx: Ctx) {
    return svc.interpretationsOfDocument(ctx, d);
  }
}

@Resolver(() => PublicDocument)
export class PublicDocumentInterpretationsResolver {
  @Derived('a public document on the portal: links to its published interpretations only')
  @FieldResolver(() => [PublicInterpretationLink], { description: 'Published interpretations of the document' })
  async interpretations(@Root() d: PublicDocument, @GqlCtx() ctx: Ctx) {
    // read with the document (publicDocument), or loaded for the documents of a list
    const read = d.parts?.interpretations as PublicInterpretationLinkJson[] | undefined;
    if (read) return read;
    const items = (await batchLoad(ctx, 'publicInterpretationsOfDocuments', d.id, (ids) => svc.publicInterpretationsOfDocuments(ctx, ids))) ?? [];
    return items.map((i) => ({ id: i.id, title: i.title, stage: i.stage }));
  }
}

@ObjectType()
class PublicInterpretationLink {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int) stage: number;
}

@Resolver(() => Interpretation)
export class InterpretationResolver {
  @Can('read', 'Interpretation')
  @Query(() => InterpretationPage)
  interpretations(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => InterpretationFilter, { nullable: true }) filter: InterpretationFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listInterpretations(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'Interpretation')
  @Query(() => Interpretation)
  interpretation(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getInterpretation(ctx, id);
  }

  @Can('update', 'Interpretation')
  @Mutation(() => Interpretation, { description: 'Save the plan and materials of a stage (1 while drafting; later stages after issue)' })
  saveInterpretation(
    @GqlCtx() ctx: Ctx,
    @Arg('documentId', () => ID) documentId: string,
    @Arg('stage', () => Int, { defaultValue: 1 }) stage: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input', () => InterpretationInput) input: InterpretationInput,
  ) {
    return svc.saveInterpretation(ctx, documentId, stage, version ?? null, input);
  }

  @Can('publish', 'Interpretation')
  @Mutation(() => Interpretation)
  publishInterpretation(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishInterpretation(ctx, id, version);
  }

  @Public()
  @Query(() => PublicInterpretationPage, { description: '政策解读' })
  async publicInterpretations(
    @GqlCtx() ctx: Ctx,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Arg('search', () => String, { nullable: true, description: 'Words of the title or content (the site search)' }) search: string | null,
  ) {
    const { items, total } = await svc.publicInterpretations(ctx, page, pageSize, null, search);
    return { items: await toPublicInterpretations(ctx, items), total };
  }

  @Public()
  @Query(() => PublicInterpretation)
  async publicInterpretation(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return (await toPublicInterpretations(ctx, [await svc.publicInterpretation(ctx, id)]))[0];
  }
}
