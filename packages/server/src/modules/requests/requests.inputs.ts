import { Field, Float, ID, InputType } from 'type-graphql';
import type { ApplicantKind, DeliveryMethod, IdProofKind, InformationForm, ReplyType, RequestChannel, RequestState } from '@gongkai/shared';
import {
  ApplicantKindEnum,
  DeliveryMethodEnum,
  IdProofKindEnum,
  InformationFormEnum,
  ReplyTypeEnum,
  RequestChannelEnum,
  RequestStateEnum,
} from './requests.enums.js';

@InputType({ description: 'One piece of information asked for' })
export class RequestItemInput {
  @Field({ description: '名称、文号或者便于查询的其他特征性描述' }) description: string;
  @Field(() => ID, { nullable: true, description: 'The policy document it asks for (staff link it)' }) documentId?: string | null;
}

@InputType({ description: 'What an application holds (Art. 29)' })
export class RequestApplicationInput {
  @Field(() => ID, { description: 'The administrative body the request is addressed to' }) unitId: string;
  @Field(() => ApplicantKindEnum) applicantKind: ApplicantKind;
  @Field({ description: 'The natural person, or the name of the organisation' }) applicantName: string;
  @Field(() => String, { nullable: true, description: "An organisation's legal representative or contact person" }) contactPerson?: string | null;
  @Field(() => IdProofKindEnum) idProofKind: IdProofKind;
  @Field() idProofNumber: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
  @Field(() => String, { nullable: true }) postcode?: string | null;
  @Field(() => [RequestItemInput]) items: RequestItemInput[];
  @Field(() => String, { nullable: true, description: 'Further explanation (e.g. what the information is for)' }) note?: string | null;
  @Field(() => InformationFormEnum) informationForm: InformationForm;
  @Field(() => DeliveryMethodEnum) deliveryMethod: DeliveryMethod;
}

@InputType({ description: 'An application submitted on the portal' })
export class PublicRequestInput extends RequestApplicationInput {
  @Field({ description: 'One per filled form: a retry stores the request once' }) idempotencyKey: string;
}

@InputType({ description: 'An application received in person, by post, fax or e-mail, registered by its disclosure body' })
export class RegisterRequestInput extends RequestApplicationInput {
  @Field(() => RequestChannelEnum) channel: RequestChannel;
  @Field({ description: '收到申请之日 by the rule of Art. 31 for the channel (handed in, signed for, or confirmed)' }) receivedOn: string;
}

@InputType({ description: 'The outcome of one item of the request' })
export class RequestOutcomeInput {
  @Field(() => ID) itemId: string;
  @Field(() => ReplyTypeEnum) outcome: ReplyType;
  @Field(() => String, { nullable: true, description: 'The sub-reason (REPLY_REASONS) for the types that have them' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'What the letter says of this item' }) note?: string | null;
}

@InputType()
export class RequestReplyInput {
  @Field(() => [RequestOutcomeInput]) outcomes: RequestOutcomeInput[];
  @Field({ description: 'The body of the reply letter' }) reply: string;
  @Field(() => String, { nullable: true, description: '答复书文号' }) replyNumber?: string | null;
  @Field(() => Float, { nullable: true, description: '信息处理费 (yuan)' }) fee?: number | null;
  @Field(() => String, { nullable: true, description: 'The day of the reply (default today)' }) on?: string | null;
}

@InputType()
export class RequestFilter {
  @Field(() => RequestStateEnum, { nullable: true }) state?: RequestState | null;
  @Field(() => RequestChannelEnum, { nullable: true }) channel?: RequestChannel | null;
  @Field(() => ApplicantKindEnum, { nullable: true }) applicantKind?: ApplicantKind | null;
  @Field(() => Boolean, { nullable: true, description: 'Past the last day, not replied' }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'An extension waits for the head' }) extensionRequested?: boolean | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: 'A request number or words of the information asked' }) search?: string | null;
}
