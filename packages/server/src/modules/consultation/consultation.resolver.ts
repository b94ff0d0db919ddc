import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../../common/paging.js';
import type { Adoption, EventForm, OpinionChannel, TopicCategory, TopicState, WindowPhase } from '@gongkai/shared';
import { GovernmentScopeInput } from '../../common/graphql/scope.js';
import { scopedReader } from '../../common/organisation/governments.js';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { batchLoad } from '../../common/batch.js';
import { AdoptionEnum, EventFormEnum, OpinionChannelEnum, TopicCategoryEnum, TopicStateEnum, WindowPhaseEnum } from './consultation.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { Attachment } from '../../common/attachments/attachments.entities.js';
import { ConsultationEvent, ConsultationTopic, MaterialDelivery, Opinion } from './consultation.entities.js';
import { AnswerInput, DeliveryInput, EventInput, PublicOpinionInput, StaffOpinionInput, TopicFilter, TopicInput } from './consultation.inputs.js';
import * as svc from './consultation.service.js';

@ObjectType({ description: 'Figures computed from the opinions themselves, never typed' })
class TopicRates {
  @Field(() => Int) opinionCount: number;
  @Field(() => Int) reasonableCount: number;
  @Field(() => Int) adoptedCount: number;
  @Field(() => Int) repliedCount: number;
  @Field(() => Float, { nullable: true, description: '合理意见采纳率 (0–1)' }) adoptionRate: number | null;
  @Field(() => Float, { nullable: true, description: '采纳情况回复率 (0–1)' }) replyRate: number | null;
}

@ObjectType({ description: 'How many topics the user may read are in a state' })
class TopicStateCount {
  @Field(() => TopicStateEnum) state: TopicState;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "A topic's figures on the dashboard" })
class TopicFigure {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => TopicStateEnum) state: TopicState;
  @Field(() => String, { nullable: true }) windowEnd: string | null;
  @Field(() => TopicRates) rates: TopicRates;
}

@ObjectType({ description: 'The consultation dashboard, aggregated over the topics the user may read' })
class ConsultationFigures {
  @Field(() => [TopicStateCount]) byState: TopicStateCount[];
  @Field(() => [TopicFigure], { description: 'Published topics with the most opinions (at most 10)' }) mostOpinions: TopicFigure[];
  @Field(() => [TopicFigure], { description: 'Topics whose window has closed, latest first (at most 10)' }) closedTopics: TopicFigure[];
  @Field(() => TopicRates, { description: 'The rates over every topic whose window has closed' }) closedRates: TopicRates;
}

@ObjectType()
class TopicPage {
  @CanRead('ConsultationTopic') @Field(() => [ConsultationTopic]) items: ConsultationTopic[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'An opinion as the public sees it; the answer only once the results are published' })
class PublicOpinion {
  @Field(() => ID) id: string;
  @Field() content: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field(() => OpinionChannelEnum) channel: OpinionChannel;
  @Field(() => Date) submittedAt: Date;
  @Field(() => Boolean, { nullable: true }) reasonable: boolean | null;
  @Field(() => AdoptionEnum, { nullable: true }) adoption: Adoption | null;
  @Field(() => String, { nullable: true }) reply: string | null;
}

@ObjectType()
class PublicTopic {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => TopicCategoryEnum) category: TopicCategory;
  @Field(() => String, { nullable: true }) draft: string | null;
  @Field(() => String, { nullable: true }) decisionBasis: string | null;
  @Field(() => String, { nullable: true }) draftingExplanation: string | null;
  @Field(() => String, { nullable: true }) windowStart: string | null;
  @Field(() => String, { nullable: true }) windowEnd: string | null;
  @Field(() => String, { nullable: true }) shortWindowReason: string | null;
  @Field(() => WindowPhaseEnum, { nullable: true }) phase: WindowPhase | null;
  @Field(() => ID) undertakingUnitId: string;
  @Field() undertakingUnitName: string;
  @Field() resultsPublished: boolean;
  @Field(() => String, { nullable: true }) summary: string | null;
  /** What publicConsultation read with the topic, by field; absent: the field resolvers load it. */
  read?: {
    attachments?: Pick<Attachment, 'id' | 'fileName' | 'mimeType' | 'size' | 'sha256' | 'createdAt'>[];
    events?: PublicEvent[];
    opinions?: PublicOpinion[];
    rates?: TopicRates | null;
  };
}

@ObjectType()
class PublicEvent {
  @Field(() => ID) id: string;
  @Field(() => EventFormEnum) form: EventForm;
  @Field() date: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) participants: string | null;
}

@ObjectType()
class PublicTopicPage {
  @Field(() => [PublicTopic]) items: PublicTopic[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'What a citizen gets back for a receipt code' })
class OpinionReceipt {
  @Field() receiptCode: string;
  @Field({ description: 'The answers are shown once the results are published' }) resultsPublished: boolean;
  @Field({ description: 'Hidden from the public page by moderation' }) hidden: boolean;
  @Field(() => Boolean, { nullable: true }) reasonable: boolean | null;
  @Field(() => ID) topicId: string;
  @Field() topicTitle: string;
  @Field() content: string;
  @Field(() => Date) submittedAt: Date;
  @Field(() => AdoptionEnum, { nullable: true }) adoption: Adoption | null;
  @Field(() => String, { nullable: true }) reply: string | null;
}

const toPublicTopic = (t: ConsultationTopic): PublicTopic => ({
  id: t.id,
  title: t.title,
  category: t.category,
  draft: t.draft ?? null,
  decisionBasis: t.decisionBasis ?? null,
  draftingExplanation: t.draftingExplanation ?? null,
  windowStart: t.windowStart ?? null,
  windowEnd: t.windowEnd ?? null,
  shortWindowReason: t.shortWindowReason ?? null,
  phase: t.phase,
  undertakingUnitId: t.undertakingUnit.id,
  undertakingUnitName: t.undertakingUnit.getEntity().name,
  resultsPublished: t.state === 'RESULTS_PUBLISHED',
  summary: t.state === 'RESULTS_PUBLISHED' ? (t.summary ?? null) : null,
});

const toPublicOpinion = (o: Opinion, results: boolean): PublicOpinion => ({
  id: o.id,
  content: o.content,
  authorName: o.authorName ?? null,
  channel: o.channel,
  submittedAt: o.submittedAt,
  reasonable: results ? (o.reasonable ?? null) : null,
  adoption: results ? (o.adoption ?? null) : null,
  reply: results ? (o.reply ?? null) : null,
});

@Resolver(() => ConsultationTopic)
export class TopicResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  undertakingUnit(@Root() t: ConsultationTopic) {
    return t.undertakingUnit.load();
  }

  @Derived('the figures of the topic itself, read with it')
  @FieldResolver(() => TopicRates)
  rates(@Root() t: ConsultationTopic, @GqlCtx() ctx: Ctx) {
    return batchLoad(ctx, 'topicRates', t.id, (ids) => svc.topicRates(ctx, ids));
  }

  @Can('read', 'ConsultationTopic')
  @Query(() => TopicPage)
  consultationTopics(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => TopicFilter, { nullable: true }) filter: TopicFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listTopics(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'ConsultationTopic')
  @Query(() => ConsultationFigures, { description: 'Figures of the consultation dashboard, over the topics the user may read (or of a scope)' })
  async consultationFigures(@GqlCtx() ctx: Ctx, @Arg('scope', () => GovernmentScopeInput, { nullable: true }) scope: GovernmentScopeInput | null) {
    return svc.consultationFigures((await scopedReader(ctx, scope)).ctx);
  }

  @Can('read', 'ConsultationTopic')
  @Query(() => ConsultationTopic)
  consultationTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getTopic(ctx, id);
  }

  @Can('create', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  createTopic(@GqlCtx() ctx: Ctx, @Arg('input', () => TopicInput) input: TopicInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'createTopic', payload: input, entity: ConsultationTopic }, (tx) => svc.createTopic(tx, input));
  }

  @Can('update', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  updateTopic(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TopicInput) input: TopicInput,
  ) {
    return svc.updateTopic(ctx, id, version, input);
  }

  @Can('submit', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  submitTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitTopic(ctx, id, version);
  }

  @Can('approve', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic, { description: 'The Secretariat approves a topic for consultation' })
  approveTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveTopic(ctx, id, version);
  }

  @Can('return', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  returnTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnTopic(ctx, id, version, reason);
  }

  @Can('issue', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic, { description: 'The E-Government Center publishes it in 意见征集; it opens and closes with its window' })
  publishTopic(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishTopic(ctx, id, version);
  }

  @Can('publish', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  saveTopicSummary(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('summary') summary: string) {
    return svc.saveSummary(ctx, id, version, summary);
  }

  @Can('publish', 'ConsultationTopic')
  @Mutation(() => ConsultationTopic)
  publishTopicResults(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishResults(ctx, id, version);
  }

  @Public()
  @Query(() => PublicTopicPage, { description: '意见征集' })
  async publicConsultations(
    @GqlCtx() ctx: Ctx,
    @Arg('phase', () => WindowPhaseEnum, { nullable: true }) phase: WindowPhase | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
    @Arg('search', () => String, { nullable: true, description: 'Words of the topic, its draft or its results (the site search)' })
    search: string | null,
  ) {
    const { items, total } = await svc.publicTopics(ctx, phase ?? null, page, pageSize, search);
    return { items: items.map(toPublicTopic), total };
  }

  @Public()
  @Query(() => PublicTopic)
  publicConsultation(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<PublicTopic> {
    const asks = (field: string) => asksFor(info, field);
    return svc.publicTopicView(ctx, id, {
      attachments: asks('attachments'),
      events: asks('events'),
      opinions: asks('opinions'),
      rates: asks('rates'),
    });
  }
}

@Resolver(() => PublicTopic)
export class PublicTopicResolver {
  @Derived('a published topic on the portal: its opinions not hidden by moderation, without contacts')
  @FieldResolver(() => [PublicOpinion], { description: 'Opinions not hidden by moderation' })
  async opinions(@Root() t: PublicTopic, @GqlCtx() ctx: Ctx) {
    if (t.read?.opinions) return t.read.opinions;
    return (await svc.publicOpinions(ctx, t.id)).map((o) => toPublicOpinion(o, t.resultsPublished));
  }

  @Derived('a published topic on the portal: its hearings, polls and symposiums')
  @FieldResolver(() => [PublicEvent], { description: 'Hearings, polls and symposiums held for the topic' })
  async events(@Root() t: PublicTopic, @GqlCtx() ctx: Ctx) {
    if (t.read?.events) return t.read.events;
    return (await svc.publicEvents(ctx, t.id)).map((e) => ({
      id: e.id,
      form: e.form,
      date: e.date,
      place: e.place ?? null,
      participants: e.participants ?? null,
    }));
  }

  @Derived("a published topic on the portal: its files are public with it (each file's owner rule also serves /files)")
  @FieldResolver(() => [Attachment], { description: 'The draft, basis and explanation as files, where the unit attached them' })
  attachments(@Root() t: PublicTopic, @GqlCtx() ctx: Ctx) {
    if (t.read?.attachments) return t.read.attachments;
    return ctx.em.find(Attachment, { ownerType: 'ConsultationTopic', ownerId: t.id }, { orderBy: { createdAt: 'asc' } });
  }

  @Derived('a published topic on the portal: its figures, once its results are published')
  @FieldResolver(() => TopicRates, { nullable: true, description: 'Published with the results' })
  async rates(@Root() t: PublicTopic, @GqlCtx() ctx: Ctx) {
    if (t.read && t.read.rates !== undefined) return t.read.rates;
    return t.resultsPublished ? batchLoad(ctx, 'topicRates', t.id, (ids) => svc.topicRates(ctx, ids)) : null;
  }
}

@Resolver(() => Opinion)
export class OpinionResolver {
  @Derived("the opinion's own field; shown to the undertaking unit only (visibleContact decides)")
  @FieldResolver(() => String, { nullable: true, description: 'Shown to the undertaking unit only' })
  contact(@Root() o: Opinion, @GqlCtx() ctx: Ctx) {
    return svc.visibleContact(ctx, o);
  }

  @Can('read', 'Opinion')
  @Query(() => [Opinion])
  topicOpinions(@GqlCtx() ctx: Ctx, @Arg('topicId', () => ID) topicId: string) {
    return svc.listOpinions(ctx, topicId);
  }

  @Can('create', 'Opinion')
  @Mutation(() => Opinion, { description: 'Record an opinion received by e-mail, letter or at a hearing' })
  recordOpinion(@GqlCtx() ctx: Ctx, @Arg('input', () => StaffOpinionInput) input: StaffOpinionInput, @IdempotencyKey() key: string | null) {
    return idempotent(ctx, key, { operation: 'recordOpinion', payload: input, entity: Opinion }, (tx) => svc.recordOpinion(tx, input));
  }

  @Can('answer', 'Opinion')
  @Mutation(() => Opinion)
  answerOpinion(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => AnswerInput) input: AnswerInput) {
    return svc.answerOpinion(ctx, id, input);
  }

  @Can('moderate', 'Opinion')
  @Mutation(() => Opinion)
  moderateOpinion(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('hidden') hidden: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ) {
    return svc.moderateOpinion(ctx, id, hidden, reason ?? null);
  }

  @Public()
  @Mutation(() => OpinionReceipt, { description: 'A citizen submits an opinion during the window' })
  async submitOpinion(@GqlCtx() ctx: Ctx, @Arg('input', () => PublicOpinionInput) input: PublicOpinionInput) {
    const o = await svc.submitOpinion(ctx, input);
    return receipt(o, await o.topic.load());
  }

  @Public()
  @Query(() => OpinionReceipt, { description: "Find one's opinion and its answer by the receipt code" })
  async opinionReceipt(@GqlCtx() ctx: Ctx, @Arg('code') code: string) {
    const o = await svc.opinionByReceipt(ctx, code);
    return receipt(o, o.topic.getEntity());
  }
}

function receipt(o: Opinion, t: ConsultationTopic | null): OpinionReceipt {
  const results = t?.state === 'RESULTS_PUBLISHED';
  return {
    receiptCode: o.receiptCode,
    resultsPublished: results,
    hidden: o.hidden,
    topicId: o.topic.id,
    topicTitle: t?.title ?? '',
    content: o.content,
    submittedAt: o.submittedAt,
    reasonable: results ? (o.reasonable ?? null) : null,
    adoption: results ? (o.adoption ?? null) : null,
    reply: results ? (o.reply ?? null) : null,
  };
}

@Resolver(() => ConsultationEvent)
export class ConsultationEventResolver {
  @Derived('rows of the event itself, read with it')
  @FieldResolver(() => [MaterialDelivery])
  deliveries(@Root() e: ConsultationEvent, @GqlCtx() ctx: Ctx) {
    return svc.deliveriesOf(ctx, e.id);
  }

  @Can('read', 'ConsultationEvent')
  @Query(() => [ConsultationEvent])
  consultationEvents(@GqlCtx() ctx: Ctx, @Arg('topicId', () => ID) topicId: string) {
    return svc.listEvents(ctx, topicId);
  }

  @Can('create', 'ConsultationEvent')
  @Mutation(() => ConsultationEvent, { description: 'Set a hearing, poll or symposium for a topic' })
  addConsultationEvent(
    @GqlCtx() ctx: Ctx,
    @Arg('topicId', () => ID) topicId: string,
    @Arg('input', () => EventInput) input: EventInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'addConsultationEvent', payload: { topicId, input }, entity: ConsultationEvent }, (tx) =>
      svc.addEvent(tx, topicId, input),
    );
  }

  @Can('update', 'ConsultationEvent')
  @Mutation(() => MaterialDelivery, { description: 'Record the delivery of the materials to a representative' })
  recordMaterialDelivery(
    @GqlCtx() ctx: Ctx,
    @Arg('eventId', () => ID) eventId: string,
    @Arg('input', () => DeliveryInput) input: DeliveryInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'recordMaterialDelivery', payload: { eventId, input }, entity: MaterialDelivery }, (tx) =>
      svc.recordDelivery(tx, eventId, input),
    );
  }
}
