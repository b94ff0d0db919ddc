import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CASE_OPEN_STATES,
  type CaseChannel,
  type CaseExtensionState,
  type CasePeriodKind,
  type CaseKind,
  type CaseRating,
  type CaseState,
  type ImportState,
} from '@gongkai/shared';
import type { ReleaseData } from './complaints.figures.js';
import {
  CaseChannelEnum,
  CaseExtensionStateEnum,
  CasePeriodKindEnum,
  ImportStateEnum,
  CaseKindEnum,
  CaseRatingEnum,
  CaseStateEnum,
} from './complaints.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { today } from '../../common/clock.js';

/**
 * A citizen's report, complaint or suggestion (举报 / 投诉 / 建议), from the portal or imported from
 * another channel. The complainant's name and phone are personal data: only those handling the case
 * read them (the resolver masks them for everyone else and records every read).
 */
@ObjectType('Case')
@Entity({ tableName: 'complaint_case' })
@Unique({ name: 'complaint_case_source_unique', properties: ['channel', 'sourceCaseId'] })
@Index({ properties: ['state', 'dueOn'] })
// the lists (newest first) of a unit's and of a level's cases, and the statistics of a period
@Index({ name: 'complaint_case_assigned_received_index', properties: ['assignedUnit', 'receivedAt'] })
@Index({ name: 'complaint_case_government_received_index', properties: ['government', 'receivedAt'] })
@Index({ name: 'complaint_case_government_received_on_index', properties: ['government', 'receivedOn'] })
export class Case {
  [OptionalProps]?: 'createdAt' | 'state' | 'reopenCount' | 'governmentId' | 'assignedUnitId' | 'subjectUnitId' | 'overdue' | 'repliedLate';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field({ description: '查询编号, given to the citizen' }) @Property({ unique: true }) caseNumber!: string;
  /** With the case number, lets the citizen follow and rate the case; never shown to staff. */
  @Property() checkCode!: string;
  @Field(() => CaseKindEnum) @Enum({ items: () => Object.values(CaseKindEnum) }) kind!: CaseKind;
  @Field(() => CaseChannelEnum) @Enum({ items: () => Object.values(CaseChannelEnum) }) channel!: CaseChannel;
  @Field(() => String, { nullable: true, description: "The source channel's own case id (imports)" })
  @Property({ nullable: true })
  sourceCaseId?: string | null;
  /** The level whose Complaint Office handles the case. */
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  /** The unit the citizen named, if any. */
  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' }) subjectUnit?: Ref<Unit> | null;
  /** The unit the Complaint Office assigned the case to. */
  @Index() @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' }) assignedUnit?: Ref<Unit> | null;
  @Field() @Property({ type: 'text' }) title!: string;
  @Field() @Property({ type: 'text' }) content!: string;
  /** Personal data (see the class comment). */
  @Property({ nullable: true }) complainantName?: string | null;
  @Property({ nullable: true }) complainantPhone?: string | null;
  @Field({ description: 'The citizen agreed that the handling be published without personal data' })
  @Property({ default: false })
  consentToPublish: boolean = false;
  /** The portal's submission key (a retry stores the case once) and the sender's address (rate limits). */
  @Property({ nullable: true, unique: true }) idempotencyKey?: string | null;
  @Property({ nullable: true }) address?: string | null;

  @Field(() => CaseStateEnum) @Enum({ items: () => Object.values(CaseStateEnum) }) state: CaseState = 'RECEIVED';
  @Field(() => Date) @Property({ type: 'timestamptz' }) receivedAt!: Date;
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' }) @Index() @Property({ type: 'date' }) receivedOn!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) acceptedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the case was not accepted (不予受理)' })
  @Property({ type: 'text', nullable: true })
  notAcceptedReason?: string | null;
  /** The reply deadline in working days for the case's kind, in force on the day it was received. */
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) replyWorkingDays?: number | null;
  @Field(() => String, { nullable: true, description: 'Last day to reply (a reopened case gets a new one)' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the unit handed the case back (misassigned)' })
  @Property({ type: 'text', nullable: true })
  handBackReason?: string | null;
  @Field(() => CaseExtensionStateEnum, { nullable: true, description: '延期: asked by the unit, decided by the Complaint Office' })
  @Enum({ items: () => Object.values(CaseExtensionStateEnum), nullable: true })
  extensionState?: CaseExtensionState | null;
  @Field(() => Int, { nullable: true, description: 'Working days asked for' })
  @Property({ type: 'integer', nullable: true })
  extensionDays?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) extensionReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the office refused the extension' })
  @Property({ type: 'text', nullable: true })
  extensionRefusal?: string | null;
  @Field(() => String, { nullable: true, description: 'The last day before the extension was approved' })
  @Property({ type: 'date', nullable: true })
  dueOnBeforeExtension?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reply?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) repliedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) repliedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) repliedByName?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) closedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day the citizen may rate; unrated after it' })
  @Property({ type: 'date', nullable: true })
  ratingDueOn?: string | null;
  @Field(() => CaseRatingEnum, { nullable: true })
  @Enum({ items: () => Object.values(CaseRatingEnum), nullable: true })
  rating?: CaseRating | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) ratingComment?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) ratedAt?: Date | null;
  @Field(() => Int) @Property({ type: 'integer', default: 0 }) reopenCount: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reopenReason?: string | null;
  /** The citizen's rating that led to the reopening, and its comment, kept when the case is reopened. */
  @Field(() => CaseRatingEnum, { nullable: true, description: 'The rating before the last reopening' })
  @Enum({ items: () => Object.values(CaseRatingEnum), nullable: true })
  previousRating?: CaseRating | null;
  @Field(() => String, { nullable: true, description: "The citizen's comment before the last reopening" })
  @Property({ type: 'text', nullable: true })
  previousRatingComment?: string | null;
  /** Whether any reply of the case came after its deadline (kept across reopening). */
  @Field({ description: 'A reply came after its last day' }) @Property({ default: false }) repliedLate: boolean = false;
  /** The last day the unit was reminded of (once per last day), and the day the office was told it passed. */
  @Property({ type: 'date', nullable: true }) remindedForDueOn?: string | null;
  @Property({ type: 'date', nullable: true }) overdueReportedOn?: string | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
  @Field(() => ID, { nullable: true }) get assignedUnitId(): string | null {
    return this.assignedUnit?.id ?? null;
  }
  @Field(() => ID, { nullable: true }) get subjectUnitId(): string | null {
    return this.subjectUnit?.id ?? null;
  }
  @Field({ description: 'Not replied after its last day' }) get overdue(): boolean {
    return CASE_OPEN_STATES.includes(this.state) && !!this.dueOn && this.dueOn < today();
  }
}

/**
 * A published period of the complaint statistics: frozen as it was published (the figures, their
 * definitions and the evaluation rule); the portal and the open-data files read it, never a recount.
 */
@Entity({ tableName: 'complaint_statistics_release' })
@Unique({ name: 'complaint_statistics_release_period_unique', properties: ['government', 'periodKind', 'year', 'period'] })
export class CaseStatisticsRelease {
  [OptionalProps]?: 'publishedAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Enum({ items: () => Object.values(CasePeriodKindEnum) }) periodKind!: CasePeriodKind;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'integer' }) period!: number;
  /** 2026-11 or 2026-Q4: the period in addresses and file names. */
  @Index() @Property() periodKey!: string;
  @Property({ type: 'jsonb' }) data!: ReleaseData;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) publishedAt: Date = new Date();
  @Property({ nullable: true }) publishedByName?: string | null;
}

/**
 * An import of a channel's export file: run by the server as a job (it goes on when the browser is
 * closed, and is taken up again after a restart: rows already imported are skipped by their source id).
 */
@ObjectType('CaseImport')
@Entity({ tableName: 'complaint_import' })
export class CaseImport {
  [OptionalProps]?: 'createdAt' | 'state' | 'rowsRead' | 'created' | 'skipped' | 'failed' | 'heartbeatAt';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => CaseChannelEnum) @Enum({ items: () => Object.values(CaseChannelEnum) }) channel!: CaseChannel;
  @Field() @Property() fileName!: string;
  /** Where the uploaded file waits under the data directory while it is read. */
  @Property() storedName!: string;
  @Field(() => ImportStateEnum) @Enum({ items: () => Object.values(ImportStateEnum) }) state: ImportState = 'QUEUED';
  @Field(() => Int, { description: 'Data rows read so far' }) @Property({ type: 'integer', default: 0 }) rowsRead: number = 0;
  @Field(() => Int, { description: 'Cases created' }) @Property({ type: 'integer', default: 0 }) created: number = 0;
  @Field(() => Int, { description: 'Rows whose source id was already imported' }) @Property({ type: 'integer', default: 0 }) skipped: number = 0;
  @Field(() => Int, { description: 'Rows refused, each with its reason in the error report' })
  @Property({ type: 'integer', default: 0 })
  failed: number = 0;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file, once known' }) @Property({ type: 'integer', nullable: true }) rowsTotal?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Why the file as a whole could not be read' })
  @Property({ type: 'text', nullable: true })
  message?: string | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) createdByName?: string | null;
  @Property({ type: 'uuid', nullable: true }) createdById?: string | null;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  /** Written as the job goes on: a job silent for long has stopped (its process ended) and is taken up again. */
  @Property({ type: 'timestamptz', nullable: true }) heartbeatAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) finishedAt?: Date | null;

  @Field({ description: 'The error report (CSV)' }) get errorsUrl(): string {
    return `/complaints/imports/${this.id}/errors.csv`;
  }
}

/** A row of an import that was refused, with the reason: the error report. */
@Entity({ tableName: 'complaint_import_error' })
@Unique({ properties: ['importId', 'rowNumber'] })
export class CaseImportError {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) importId!: string;
  /** The row in the file (the heading is row 1). */
  @Property({ type: 'integer' }) rowNumber!: number;
  @Property({ nullable: true }) sourceCaseId?: string | null;
  @Property() code!: string;
  @Property({ type: 'text' }) reason!: string;
}
