import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'A figure entered by hand (table 二 figures Gongkai does not hold, table 四); null clears it' })
export class AnnualReportFigureInput {
  @Field({ description: 'REGULATION_REPEALED, FEES_AMOUNT, RECONSIDERATION.UPHELD, …' }) figure: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
}

@InputType({ description: 'Where the figures of a row of table 二, or of a block of table 四, come from' })
export class AnnualReportSourceInput {
  @Field({ description: 'A manual row of table 二 (e.g. LICENCE_DECISIONS) or a block of table 四 (e.g. RECONSIDERATION)' }) source: string;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@InputType({ description: "The drafter's changes: only the fields given change" })
export class AnnualReportInput {
  @Field(() => String, { nullable: true, description: '一、总体情况' }) overview?: string | null;
  @Field(() => String, { nullable: true, description: '五、存在的主要问题及改进情况' }) problems?: string | null;
  @Field(() => String, { nullable: true, description: '六、其他需要报告的事项' }) otherMatters?: string | null;
  @Field(() => [AnnualReportFigureInput], { nullable: true }) figures?: AnnualReportFigureInput[] | null;
  @Field(() => [AnnualReportSourceInput], { nullable: true }) sources?: AnnualReportSourceInput[] | null;
}
