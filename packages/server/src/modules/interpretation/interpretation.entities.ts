import { randomUUID } from 'node:crypto';
import { Entity, Enum, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  isInterpretationOverdue,
  isInterpretationPublishedLate,
  type DocumentState,
  type InterpretationForm,
  type InterpretationState,
} from '@gongkai/shared';
import { now } from '../../common/clock.js';
import { InterpretationFormEnum, InterpretationStateEnum } from './interpretation.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { PolicyDocument } from '../documents/documents.entities.js';

/**
 * The interpretation of a policy document (政策解读), one per stage: the plan (解读方案) and the
 * materials (解读材料). "Whoever drafts, interprets": the owner is the lead drafting unit.
 */
@ObjectType()
@Entity({ tableName: 'interpretation' })
@Unique({ properties: ['document', 'stage'] })
export class Interpretation {
  [OptionalProps]?:
    | 'createdAt'
    | 'state'
    | 'documentId'
    | 'ownerUnitId'
    | 'governmentId'
    | 'overdue'
    | 'publishedLate'
    | 'documentState'
    | 'documentReachedDisclosureReview';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => PolicyDocument, { ref: true, deleteRule: 'cascade' })
  document!: Ref<PolicyDocument>;

  @Field(() => Int, { description: '1 for the interpretation issued with the document; later stages follow public concern' })
  @Property()
  stage: number = 1;

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  ownerUnit!: Ref<Unit>;

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  government!: Ref<Unit>;

  @Field({ description: 'Title shown in the 政策解读 column' })
  @Property({ type: 'text' })
  title!: string;

  // the plan
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) scope?: string | null;
  @Field(() => [InterpretationFormEnum]) @Property({ type: 'text[]' }) forms: InterpretationForm[] = [];
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) schedule?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) spokesperson?: string | null;

  // the materials
  @Field(() => String, { nullable: true, description: 'Interpretation text' }) @Property({ type: 'text', nullable: true }) content?: string | null;
  @Field(() => String, { nullable: true, description: 'Questions and answers' }) @Property({ type: 'text', nullable: true }) qa?: string | null;
  @Field(() => [String], { description: 'Links to video or broadcast' }) @Property({ type: 'text[]' }) links: string[] = [];

  @Field(() => InterpretationStateEnum)
  @Enum({ items: () => Object.values(InterpretationStateEnum) })
  state: InterpretationState = 'DRAFT';

  /** Latest publication date: issue date + the working days in force on issue. */
  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;

  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  /**
   * The document's state and whether it reached the Disclosure Office's review, read with the
   * interpretation: the office reads an interpretation exactly when it may read its document.
   */
  @Formula((t) => `(select d.state from policy_document d where d.id = ${t.alias}.document_id)`)
  documentState?: DocumentState;
  @Formula((t) => `(select d.reached_disclosure_review from policy_document d where d.id = ${t.alias}.document_id)`)
  documentReachedDisclosureReview?: boolean;

  @Field(() => ID) get documentId(): string {
    return this.document.id;
  }
  @Field(() => ID) get ownerUnitId(): string {
    return this.ownerUnit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }

  @Field({ description: 'Not published and its deadline (end of that day, Asia/Shanghai) has passed' })
  get overdue(): boolean {
    return isInterpretationOverdue(this, now());
  }

  @Field({ description: 'Published after the end of its deadline day (stays so once published)' })
  get publishedLate(): boolean {
    return isInterpretationPublishedLate(this);
  }
}
