import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  isDocumentPublished,
  type DisclosureAttribute,
  type DocumentKind,
  type DocumentState,
  type InterpretationForm,
  type NonDisclosureReason,
} from '@gongkai/shared';
import { DisclosureAttributeEnum, DocumentKindEnum, DocumentStateEnum, NonDisclosureReasonEnum } from './documents.enums.js';
import { InterpretationFormEnum } from '../interpretation/interpretation.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';

/**
 * A policy document (政策性文件) from its draft to its issue. Its disclosure attribute is fixed at
 * source, while drafting, and travels with it (system 2).
 */
@ObjectType()
@Entity({ tableName: 'policy_document' })
@Unique({ properties: ['numberIssuerId', 'numberYear', 'numberSeq'] })
export class PolicyDocument {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'state' | 'leadUnitId' | 'governmentId' | 'published';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DocumentKindEnum)
  @Enum({ items: () => Object.values(DocumentKindEnum) })
  kind!: DocumentKind;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  /** Never stored for a classified document. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: '主送机关' })
  @Property({ type: 'text', nullable: true })
  addressees?: string | null;

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  leadUnit!: Ref<Unit>;

  @Field(() => [ID], { description: 'Co-drafting units of a joint document (联合发文)' })
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  coUnitIds: string[] = [];

  /** The government whose level the lead unit belongs to. */
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  government!: Ref<Unit>;

  @Field({ description: '代拟稿: drafted by a department on behalf of the government' })
  @Property({ default: false })
  draftedOnBehalf: boolean = false;

  @Field({ description: '与群众利益关系密切' }) @Property({ default: false }) closeToPublic: boolean = false;
  @Field({ description: '涉及面广' }) @Property({ default: false }) wideScope: boolean = false;
  @Field({ description: '关注度高' }) @Property({ default: false }) highAttention: boolean = false;
  @Field({ description: '专业性较强' }) @Property({ default: false }) specialised: boolean = false;

  @Field({ description: '涉密: registered by title, number and unit only' })
  @Property({ default: false })
  classified: boolean = false;

  /** Sent to the Disclosure Office's review at least once: from then on the office reads it. */
  @Property({ default: false })
  reachedDisclosureReview: boolean = false;

  @Field(() => DisclosureAttributeEnum, { nullable: true })
  @Enum({ items: () => Object.values(DisclosureAttributeEnum), nullable: true })
  disclosureAttribute?: DisclosureAttribute | null;

  @Field(() => NonDisclosureReasonEnum, { nullable: true })
  @Enum({ items: () => Object.values(NonDisclosureReasonEnum), nullable: true })
  attributeReason?: NonDisclosureReason | null;

  @Field(() => String, { nullable: true, description: 'Legal basis of a non-proactive attribute' })
  @Property({ type: 'text', nullable: true })
  attributeBasis?: string | null;

  @Field(() => DocumentStateEnum)
  @Index()
  @Enum({ items: () => Object.values(DocumentStateEnum) })
  state: DocumentState = 'DRAFT';

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) officerApprovedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) officerApprovedBy?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) headSignedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) headSignedBy?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) reviewedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) reviewedBy?: string | null;

  @Field(() => String, { nullable: true, description: '退文理由' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  /** The Disclosure Office's decision on interpretation (解读必要性、范围和形式). */
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) interpretationNeeded?: boolean | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) interpretationScope?: string | null;
  @Field(() => [InterpretationFormEnum]) @Property({ type: 'text[]' }) interpretationForms: InterpretationForm[] = [];

  @Field(() => String, { nullable: true, description: '发文字号, e.g. 朝政发〔2026〕12号' })
  @Property({ nullable: true })
  documentNumber?: string | null;

  @Property({ type: 'uuid', nullable: true }) numberIssuerId?: string | null;
  @Property({ type: 'integer', nullable: true }) numberYear?: number | null;
  @Property({ type: 'integer', nullable: true }) numberSeq?: number | null;

  @Field(() => String, { nullable: true, description: '发文机关 (signature)' })
  @Property({ nullable: true })
  issuingAuthority?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  issueDate?: string | null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Property({ type: 'uuid' }) createdById!: string;
  @Field() @Property() createdByName!: string;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();

  @Field(() => ID) get leadUnitId(): string {
    return this.leadUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }

  /** Shown on the portal: issued, and proactive (in full) or on application (title only). */
  @Field()
  get published(): boolean {
    return isDocumentPublished(this);
  }
}
