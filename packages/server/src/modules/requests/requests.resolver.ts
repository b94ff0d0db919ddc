import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  APPLICANT_KINDS,
  REQUEST_ANSWERED_STATES,
  requestOutcome,
  type ApplicantKind,
  type DeliveryMethod,
  type ReplyType,
  type RequestState,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { ApplicantKindEnum, DeliveryMethodEnum, ReplyTypeEnum, RequestStateEnum } from './requests.enums.js';
import { DisclosureRequest, DisclosureRequestItem } from './requests.entities.js';
import { PublicRequestInput, RegisterRequestInput, RequestFilter, RequestReplyInput } from './requests.inputs.js';
import { TABLE_THREE_ROWS } from './requests.statistics.js';
import { replyLetterLines } from './requests.letter.js';
import * as svc from './requests.service.js';

@ObjectType()
class DisclosureRequestPage {
  @CanRead('DisclosureRequest') @Field(() => [DisclosureRequest]) items: DisclosureRequest[];
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'The counts of the quick views of the request list' })
class DisclosureRequestCounts {
  @Field(() => Int) submitted: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int, { description: 'Waiting for a correction or a third party' }) paused: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) extensionRequested: number;
  @Field(() => Int, { description: 'Replied, waiting to be delivered' }) replied: number;
}

@ObjectType({ description: 'One item as the applicant reads it' })
class PublicRequestItem {
  @Field(() => Int) seq: number;
  @Field() description: string;
  @Field(() => ReplyTypeEnum, { nullable: true }) outcome: ReplyType | null;
  @Field(() => String, { nullable: true }) outcomeReason: string | null;
  @Field(() => String, { nullable: true }) outcomeNote: string | null;
}

@ObjectType({ description: 'What the applicant reads of their request with its number and check code: no staff names' })
class PublicDisclosureRequest {
  @Field() requestNumber: string;
  @Field() unitName: string;
  @Field(() => RequestStateEnum) state: RequestState;
  @Field() submittedOn: string;
  @Field(() => String, { nullable: true }) receivedOn: string | null;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field(() => String, { nullable: true }) notRegisteredReason: string | null;
  @Field(() => String, { nullable: true, description: 'What to correct, once asked' }) correctionText: string | null;
  @Field(() => String, { nullable: true }) correctionDueOn: string | null;
  @Field(() => Int, { nullable: true, description: 'Working days the reply period was extended by' }) extensionDays: number | null;
  @Field(() => String, { nullable: true }) repliedOn: string | null;
  @Field(() => String, { nullable: true }) deliveredOn: string | null;
  @Field(() => [PublicRequestItem]) items: PublicRequestItem[];
  @Field({ description: 'The reply letter can be downloaded (POST /requests/public/letter)' }) hasLetter: boolean;
}

@ObjectType({ description: 'The receipt of an application: keep both codes to follow it' })
class DisclosureRequestReceipt extends PublicDisclosureRequest {
  @Field({ description: '查询码: with the request number, opens the request' }) checkCode: string;
}

@ObjectType({ description: 'The reply letter as text (the .docx is GET /requests/:id/letter)' })
class ReplyLetter {
  @Field() title: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => [String]) lines: string[];
  @Field(() => [String]) signature: string[];
}

@ObjectType({ description: 'Information asked for often: proposed for conversion to proactive disclosure' })
class FrequentlyRequestedItem {
  @Field(() => ID, { nullable: true }) documentId: string | null;
  @Field() description: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'One row of table 三: the counts per applicant kind and the total' })
class TableThreeRowType {
  @Field({ description: 'NEW, CARRIED_OVER, an outcome row (DISCLOSED, NOT_DISCLOSED.STATE_SECRET…), TOTAL, CARRIED_FORWARD' }) row: string;
  @Field(() => [Int], { description: 'In the order of the applicant kinds (ApplicantKind), then the total' }) counts: number[];
}
@ObjectType({ description: '收到和处理政府信息公开申请情况 of a year, computed now' })
class RequestTableThree {
  @Field(() => Int) year: number;
  @Field(() => [ApplicantKindEnum]) columns: ApplicantKind[];
  @Field(() => [TableThreeRowType]) rows: TableThreeRowType[];
  @Field(() => Float) fees: number;
}

function toPublic(r: DisclosureRequest): PublicDisclosureRequest {
  const answered = REQUEST_ANSWERED_STATES.includes(r.state);
  return {
    requestNumber: r.requestNumber,
    unitName: r.unit.getEntity().name,
    state: r.state,
    submittedOn: r.submittedAt.toISOString().slice(0, 10),
    receivedOn: r.receivedOn ?? null,
    dueOn: r.dueOn ?? null,
    notRegisteredReason: r.notRegisteredReason ?? null,
    correctionText: r.correctionText ?? null,
    correctionDueOn: r.correctionDueOn ?? null,
    extensionDays: r.extensionState === 'APPROVED' ? (r.extensionDays ?? null) : null,
    repliedOn: answered ? (r.repliedOn ?? null) : null,
    deliveredOn: r.deliveredOn ?? null,
    items: r.items.getItems().map((i) => ({
      seq: i.seq,
      description: i.description,
      outcome: answered ? (i.outcome ?? null) : null,
      outcomeReason: answered ? (i.outcomeReason ?? null) : null,
      outcomeNote: answered ? (i.outcomeNote ?? null) : null,
    })),
    hasLetter: answered,
  };
}

@Resolver(() => DisclosureRequest)
export class DisclosureRequestResolver {
  @Derived("the request's own field: in full for its handlers, masked for others (handles decides)")
  @FieldResolver(() => String, { description: "A natural person's name is masked unless the user handles the request" })
  applicantName(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).applicantName;
  }
  @Derived("the request's own field: in full for its handlers, masked for others")
  @FieldResolver(() => String, { nullable: true })
  contactPerson(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).contactPerson;
  }
  @Derived("the request's own field: in full for its handlers, masked for others")
  @FieldResolver(() => String)
  idProofNumber(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).idProofNumber;
  }
  @Derived("the request's own field: in full for its handlers, masked for others")
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).phone;
  }
  @Derived("the request's own field: in full for its handlers, masked for others")
  @FieldResolver(() => String, { nullable: true })
  email(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).email;
  }
  @Derived("the request's own field: in full for its handlers, masked for others")
  @FieldResolver(() => String, { nullable: true })
  postalAddress(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return svc.applicantView(ctx, r).postalAddress;
  }
  @Derived("the request's own items (part of the request)")
  @FieldResolver(() => [DisclosureRequestItem])
  async items(@Root() r: DisclosureRequest) {
    return (await r.items.load()).getItems();
  }
  @Derived("the request's own items, by the declared rule of table 三")
  @FieldResolver(() => String, { nullable: true, description: 'The row of table 三 the request counts in, once answered' })
  async tableRow(@Root() r: DisclosureRequest) {
    if (!REQUEST_ANSWERED_STATES.includes(r.state)) return null;
    const items = (await r.items.load()).getItems();
    return requestOutcome(items.map((i) => ({ type: i.outcome!, reason: i.outcomeReason })))?.row ?? null;
  }
  @Derived('the letter made from the request itself, once answered')
  @FieldResolver(() => ReplyLetter, { nullable: true })
  async letter(@Root() r: DisclosureRequest, @GqlCtx() ctx: Ctx) {
    return REQUEST_ANSWERED_STATES.includes(r.state) ? replyLetterLines(ctx, r) : null;
  }
  @CanRead('Unit')
  @FieldResolver(() => Unit, { description: 'The administrative body the request is addressed to' })
  unit(@Root() r: DisclosureRequest) {
    return r.unit.load();
  }

  @Can('read', 'DisclosureRequest')
  @Query(() => DisclosureRequestPage)
  disclosureRequests(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => RequestFilter, { nullable: true }) filter: RequestFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return svc.listRequests(ctx, filter ?? {}, page, pageSize);
  }
  @Can('read', 'DisclosureRequest')
  @Query(() => DisclosureRequest)
  disclosureRequest(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getRequest(ctx, id);
  }
  @Can('read', 'DisclosureRequest')
  @Query(() => DisclosureRequestCounts)
  disclosureRequestCounts(@GqlCtx() ctx: Ctx) {
    return svc.requestCounts(ctx);
  }
  @Can('read', 'DisclosureRequest')
  @Query(() => [FrequentlyRequestedItem], {
    description: "Information asked for at least review.frequentRequestThreshold times in the year: a unit's own, or its level's",
  })
  frequentlyRequestedInformation(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ) {
    return svc.frequentlyRequested(ctx, year, unitId);
  }
  @Can('read', 'DisclosureRequest')
  @Query(() => RequestTableThree, { description: "Table 三 of the annual report for a year: a unit's, or the user's level" })
  async disclosureRequestTable(
    @GqlCtx() ctx: Ctx,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ) {
    const t = await svc.requestTable(ctx, year, unitId);
    return {
      year,
      columns: [...APPLICANT_KINDS],
      fees: t.fees,
      rows: TABLE_THREE_ROWS.map((row) => ({ row, counts: [...APPLICANT_KINDS, 'TOTAL' as const].map((c) => t.rows[row][c]) })),
    };
  }

  @Can('create', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: 'The disclosure body registers a request received in person, by post, fax or e-mail' })
  registerDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => RegisterRequestInput) input: RegisterRequestInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'registerDisclosureRequest', payload: input, entity: DisclosureRequest }, (tx) =>
      svc.registerRequest(tx, input),
    );
  }
  @Can('create', 'DisclosureRequest')
  @Mutation(() => DisclosureRequestItem, { description: 'Link an item to the policy document it asks for (null unlinks)' })
  linkDisclosureRequestItem(
    @GqlCtx() ctx: Ctx,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('documentId', () => ID, { nullable: true }) documentId: string | null,
  ) {
    return svc.linkRequestItem(ctx, itemId, documentId);
  }
  @Can('accept', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '确认收到 an online request: the day confirmed is the day of receipt; the clock starts' })
  confirmDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.confirmRequest(ctx, id, version, { on });
  }
  @Can('return', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, {
    description: 'Not registered (not a request for government information), with the reason the applicant reads',
  })
  refuseDisclosureRequestRegistration(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.refuseRequestRegistration(ctx, id, version, { reason });
  }
  @Can('update', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '告知补正 (once, within the notice period): the clock stops' })
  askDisclosureRequestCorrection(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('text') text: string,
    @Arg('dueOn', { description: 'Last day for the applicant to correct' }) dueOn: string,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.askRequestCorrection(ctx, id, version, { text, dueOn, on });
  }
  @Can('update', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: 'The corrected request arrived: the clock starts again from that day' })
  receiveDisclosureRequestCorrection(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.receiveRequestCorrection(ctx, id, version, { on });
  }
  @Can('update', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '逾期不补正: the request ends as abandoned (其他处理)' })
  endUncorrectedDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.endUncorrectedRequest(ctx, id, version, { on });
  }
  @Can('update', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '征求第三方意见: the clock pauses' })
  consultDisclosureRequestThirdParty(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('thirdParty') thirdParty: string,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.consultRequestThirdParty(ctx, id, version, { thirdParty, on });
  }
  @Can('update', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: "The third party's opinion arrived (or its period ran out): the clock runs again" })
  resumeDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.resumeRequestFromThirdParty(ctx, id, version, { on });
  }
  @Can('extend', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '申请延长答复期限: once, before the last day, with the reason' })
  requestDisclosureRequestExtension(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('days', () => Int) days: number,
    @Arg('reason') reason: string,
    @Arg('on', () => String, { nullable: true, description: 'The day it was asked (default today)' }) on: string | null,
  ) {
    return svc.requestRequestExtension(ctx, id, version, { days, reason, on });
  }
  @Can('approve', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: 'The head of the disclosure body agrees: the last day moves' })
  approveDisclosureRequestExtension(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveRequestExtension(ctx, id, version, {});
  }
  @Can('approve', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: 'The head does not agree, with the reason' })
  rejectDisclosureRequestExtension(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.rejectRequestExtension(ctx, id, version, { reason });
  }
  @Can('answer', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '答复: every item by a type of Art. 36; the letter is made from it' })
  replyDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RequestReplyInput) input: RequestReplyInput,
  ) {
    return svc.replyRequest(ctx, id, version, input);
  }
  @Can('close', 'DisclosureRequest')
  @Mutation(() => DisclosureRequest, { description: '送达: the letter reached the applicant' })
  deliverDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('method', () => DeliveryMethodEnum) method: DeliveryMethod,
    @Arg('on', () => String, { nullable: true }) on: string | null,
  ) {
    return svc.deliverRequest(ctx, id, version, { method, on });
  }

  @Public()
  @Mutation(() => DisclosureRequestReceipt, { description: 'An applicant submits a request for government information on the portal' })
  async submitDisclosureRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => PublicRequestInput) input: PublicRequestInput,
  ): Promise<DisclosureRequestReceipt> {
    const r = await svc.submitRequest(ctx, input);
    await r.unit.load();
    return { ...toPublic(r), checkCode: r.checkCode };
  }
  @Public()
  @Query(() => PublicDisclosureRequest, { description: 'The applicant follows the request with its number and check code' })
  async publicDisclosureRequest(@GqlCtx() ctx: Ctx, @Arg('requestNumber') requestNumber: string, @Arg('checkCode') checkCode: string) {
    return toPublic(await svc.publicRequest(ctx, requestNumber, checkCode));
  }
}
