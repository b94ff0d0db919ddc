import { Field, ID, InputType } from 'type-graphql';
import type { CaseChannel, CaseKind, CaseState } from '@gongkai/shared';
import { CaseChannelEnum, CaseKindEnum, CaseStateEnum } from './complaints.enums.js';

@InputType({ description: 'A report, complaint or suggestion submitted on the portal (与民互动)' })
export class PublicCaseInput {
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field() title: string;
  @Field() content: string;
  @Field(() => ID, { nullable: true, description: 'The unit the citizen reports on, if known' }) subjectUnitId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Agrees that the handling be published without personal data' })
  consentToPublish?: boolean | null;
  @Field({ description: 'One per filled form: a retry stores the case once' }) idempotencyKey: string;
}

@InputType({ description: 'A case received by letter, visit or phone, recorded by the Complaint Office' })
export class CaseInput {
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseChannelEnum) channel: CaseChannel;
  @Field() title: string;
  @Field() content: string;
  @Field(() => ID, { nullable: true }) subjectUnitId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) consentToPublish?: boolean | null;
}

@InputType()
export class CaseFilter {
  @Field(() => CaseStateEnum, { nullable: true }) state?: CaseState | null;
  @Field(() => CaseKindEnum, { nullable: true }) kind?: CaseKind | null;
  @Field(() => CaseChannelEnum, { nullable: true }) channel?: CaseChannel | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only cases whose extension waits for the office (延期待审批)' })
  extensionRequested?: boolean | null;
  @Field(() => ID, { nullable: true }) assignedUnitId?: string | null;
  @Field(() => String, { nullable: true, description: 'Title words or a case number' }) search?: string | null;
}
