import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  emptyManual,
  type AnnualReportFigures,
  type AnnualReportManual,
  type AnnualReportScope,
  type AnnualReportState,
  type SumCheck,
  type TableThree,
  type TableTwoCell,
} from '@gongkai/shared';
import { AnnualReportScopeEnum, AnnualReportStateEnum } from './annual-report.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';

/** What Gongkai computes from the work, refreshed while the report is a draft. */
export interface ComputedFigures {
  tableTwo: Partial<Record<TableTwoCell, number>>;
  /** null while the requests on application are not counted. */
  tableThree: TableThree | null;
  requestFees: number | null;
  /** Section 五's rectifications of the year, one sentence each (absent in reports computed before they were listed). */
  rectifications?: string[];
  /** When the figures were computed (ISO). */
  at: string;
}

/** Everything the public reads, frozen at sign-off: the figures, the texts and the sums as checked. */
export interface FrozenReport {
  unitName: string;
  figures: AnnualReportFigures;
  sources: AnnualReportManual['sources'];
  overview: string;
  problems: string;
  rectifications?: string[];
  otherMatters: string;
  sums: SumCheck[];
  computedAt: string;
}

/**
 * The annual report on government information disclosure of one unit, or of a government (scope
 * GOVERNMENT: the unit is the government itself, its figures those of its whole level), for one year.
 */
@ObjectType('AnnualReport')
@Entity({ tableName: 'annual_report' })
@Unique({ name: 'annual_report_unit_year_unique', properties: ['unit', 'year'] })
@Index({ name: 'annual_report_government_year_index', properties: ['government', 'year'] })
@Index({ name: 'annual_report_state_published_index', properties: ['state', 'publishedAt'] })
export class AnnualReport {
  [OptionalProps]?: 'createdAt' | 'state' | 'unitId' | 'governmentId' | 'manual';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => AnnualReportScopeEnum) @Enum({ items: () => Object.values(AnnualReportScopeEnum) }) scope!: AnnualReportScope;
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) unit!: Ref<Unit>;
  @Index() @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' }) government!: Ref<Unit>;
  @Field(() => AnnualReportStateEnum) @Enum({ items: () => Object.values(AnnualReportStateEnum) }) state: AnnualReportState = 'DRAFT';
  @Field({ description: '一、总体情况' }) @Property({ type: 'text', default: '' }) overview: string = '';
  @Field({ description: '五、存在的主要问题及改进情况' }) @Property({ type: 'text', default: '' }) problems: string = '';
  @Field({ description: '六、其他需要报告的事项' }) @Property({ type: 'text', default: '' }) otherMatters: string = '';
  @Property({ type: 'jsonb' }) computed!: ComputedFigures;
  @Property({ type: 'jsonb' }) manual: AnnualReportManual = emptyManual();
  /** Set at sign-off; the published report and its files are read from it, never recomputed. */
  @Property({ type: 'jsonb', nullable: true }) frozen?: FrozenReport | null;
  @Field({ description: 'Last day to publish (the unit due date, or the government due date, of the next year)' })
  @Property({ type: 'date' })
  dueOn!: string;
  @Field(() => String, { nullable: true, description: 'Why the report was returned to its drafter' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) submittedAt?: Date | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) signedOffAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ nullable: true }) signedOffByName?: string | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) publishedAt?: Date | null;
  @Field(() => Int) @Property({ version: true }) version!: number;
  @Field(() => Date) @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();

  @Field(() => ID) get unitId(): string {
    return this.unit.id;
  }
  @Field(() => ID) get governmentId(): string {
    return this.government.id;
  }
}
