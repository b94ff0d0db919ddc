import { Field, ID, InputType, Int } from 'type-graphql';
import type { DisclosureAttribute, DocumentKind, DocumentState, InterpretationForm, NonDisclosureReason } from '@gongkai/shared';
import { DisclosureAttributeEnum, DocumentKindEnum, DocumentStateEnum, NonDisclosureReasonEnum } from './documents.enums.js';
import { InterpretationFormEnum } from '../interpretation/interpretation.enums.js';

@InputType()
export class DocumentInput {
  @Field(() => DocumentKindEnum) kind: DocumentKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true }) addressees?: string | null;
  @Field(() => [ID], { nullable: true }) coUnitIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) draftedOnBehalf?: boolean | null;
  @Field(() => Boolean, { nullable: true }) closeToPublic?: boolean | null;
  @Field(() => Boolean, { nullable: true }) wideScope?: boolean | null;
  @Field(() => Boolean, { nullable: true }) highAttention?: boolean | null;
  @Field(() => Boolean, { nullable: true }) specialised?: boolean | null;
  @Field(() => DisclosureAttributeEnum, { nullable: true }) disclosureAttribute?: DisclosureAttribute | null;
  @Field(() => NonDisclosureReasonEnum, { nullable: true }) attributeReason?: NonDisclosureReason | null;
  @Field(() => String, { nullable: true }) attributeBasis?: string | null;
}

@InputType()
export class ClassifiedDocumentInput {
  @Field(() => DocumentKindEnum) kind: DocumentKind;
  @Field() title: string;
  @Field() documentNumber: string;
  @Field({ description: 'YYYY-MM-DD' }) issueDate: string;
  @Field(() => String, { nullable: true, description: 'Always refused: a classified document has no content here' }) body?: string | null;
}

@InputType()
export class DocumentFilter {
  @Field(() => DocumentStateEnum, { nullable: true }) state?: DocumentState | null;
  @Field(() => DocumentKindEnum, { nullable: true }) kind?: DocumentKind | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
}

@InputType()
export class ReviewDocumentInput {
  @Field(() => Boolean, { nullable: true }) interpretationNeeded?: boolean | null;
  @Field(() => String, { nullable: true }) interpretationScope?: string | null;
  @Field(() => [InterpretationFormEnum], { nullable: true }) interpretationForms?: InterpretationForm[] | null;
}

@InputType()
export class PublicDocumentFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
}
