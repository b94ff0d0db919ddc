import { Arg, Ctx as GqlCtx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  TABLE_FOUR_BLOCKS,
  TABLE_FOUR_BLOCK_LABELS,
  TABLE_FOUR_CELLS,
  TABLE_THREE_COLUMNS,
  TABLE_THREE_ROWS,
  TABLE_TWO_CELLS,
  TABLE_TWO_CELL_LABELS,
  TABLE_TWO_COMPUTED,
  tableThreeRowLabel,
  type AnnualReportScope,
  type ManualSource,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived, Public } from '../../common/graphql/permission.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { AnnualReportScopeEnum } from './annual-report.enums.js';
import { AnnualReport } from './annual-report.entities.js';
import { AnnualReportInput } from './annual-report.inputs.js';
import * as svc from './annual-report.service.js';

@ObjectType({ description: 'A figure of table 二: computed from the work, or entered by hand with its source' })
class AnnualReportFigureType {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'Computed by Gongkai (else entered by hand)' }) computed: boolean;
  @Field(() => String, { nullable: true, description: 'Where a figure entered by hand comes from' }) source: string | null;
}

@ObjectType({ description: 'A row of table 三: the counts per column (natural persons, the five kinds of organisation, total)' })
class AnnualReportTableThreeRow {
  @Field() key: string;
  @Field() label: string;
  @Field(() => [Int]) values: number[];
}

@ObjectType({ description: 'A block of table 四 (upheld, corrected, other, pending, total), entered by hand' })
class AnnualReportTableFourBlock {
  @Field() key: string;
  @Field() label: string;
  @Field(() => [Int], { nullable: 'items' }) values: (number | null)[];
  @Field(() => String, { nullable: true }) source: string | null;
}

@ObjectType({ description: 'A sum of the template, checked over the figures' })
class AnnualReportSumCheck {
  @Field() id: string;
  @Field() label: string;
  @Field(() => Float) left: number;
  @Field(() => Float) right: number;
  @Field() ok: boolean;
}

@ObjectType({ description: "A report's content: frozen once signed off, else as it stands" })
class AnnualReportContent {
  @Field() unitName: string;
  @Field() overview: string;
  @Field() problems: string;
  @Field(() => [String], { description: "五: the year's rectifications from the yearly review, one sentence each" }) rectifications: string[];
  @Field() otherMatters: string;
  @Field(() => [AnnualReportFigureType]) tableTwo: AnnualReportFigureType[];
  @Field(() => [AnnualReportTableThreeRow], { nullable: true, description: 'null while the requests on application are not counted' })
  tableThree: AnnualReportTableThreeRow[] | null;
  @Field(() => [AnnualReportTableFourBlock]) tableFour: AnnualReportTableFourBlock[];
  @Field(() => Float, { nullable: true, description: 'Fees charged for requests on application in the year (元)' }) requestFees: number | null;
  @Field(() => [AnnualReportSumCheck]) sums: AnnualReportSumCheck[];
  @Field({ description: 'Every sum adds up' }) sumsOk: boolean;
  @Field(() => Date) computedAt: Date;
  @Field({ description: 'Frozen at sign-off' }) frozen: boolean;
}

function toContent(c: svc.ReportContent): AnnualReportContent {
  const f = c.figures;
  const sums = svc.sumsOf(c);
  return {
    unitName: c.unitName,
    overview: c.overview,
    problems: c.problems,
    rectifications: c.rectifications,
    otherMatters: c.otherMatters,
    tableTwo: TABLE_TWO_CELLS.map((key) => {
      const computed = TABLE_TWO_COMPUTED.includes(key);
      return {
        key,
        label: TABLE_TWO_CELL_LABELS[key],
        value: f.tableTwo[key] ?? null,
        computed,
        source: computed ? null : (c.sources[key as ManualSource] ?? null),
      };
    }),
    tableThree: f.tableThree
      ? TABLE_THREE_ROWS.map((row) => ({
          key: row,
          label: tableThreeRowLabel(row),
          values: TABLE_THREE_COLUMNS.map((col) => f.tableThree![row]?.[col] ?? 0),
        }))
      : null,
    tableFour: TABLE_FOUR_BLOCKS.map((b) => ({
      key: b,
      label: TABLE_FOUR_BLOCK_LABELS[b],
      values: TABLE_FOUR_CELLS.map((x) => f.tableFour[b]?.[x] ?? null),
      source: c.sources[b] ?? null,
    })),
    requestFees: f.requestFees,
    sums,
    sumsOk: sums.every((s) => s.ok),
    computedAt: new Date(c.computedAt),
    frozen: c.frozen,
  };
}

@ObjectType({ description: 'A published report on the portal' })
class PublicAnnualReport {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => AnnualReportScopeEnum) scope: AnnualReportScope;
  @Field() unitName: string;
  @Field(() => Date) publishedAt: Date;
  @Field({ description: 'The .docx in the template layout' }) docxUrl: string;
  @Field({ description: 'The tables as .xlsx' }) xlsxUrl: string;
  @Field(() => AnnualReportContent, { nullable: true, description: 'The report as signed off (only on the single report)' })
  content: AnnualReportContent | null;
}
const fileUrl = (id: string, ext: 'docx' | 'xlsx') => `/annual-reports/${id}.${ext}`;
function toPublic(r: AnnualReport, content: AnnualReportContent | null): PublicAnnualReport {
  return {
    id: r.id,
    year: r.year,
    scope: r.scope,
    unitName: r.frozen?.unitName ?? '',
    publishedAt: r.publishedAt ?? r.createdAt,
    docxUrl: fileUrl(r.id, 'docx'),
    xlsxUrl: fileUrl(r.id, 'xlsx'),
    content,
  };
}

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() r: AnnualReport) {
    return r.unit.load();
  }

  @Derived("the report's own figures and texts (frozen at sign-off)")
  @FieldResolver(() => AnnualReportContent)
  async content(@Root() r: AnnualReport, @GqlCtx() ctx: Ctx) {
    return toContent(await svc.contentOf(ctx, r));
  }

  @Derived("the report's own address")
  @FieldResolver(() => String, { description: 'The .docx in the template layout' })
  docxUrl(@Root() r: AnnualReport) {
    return fileUrl(r.id, 'docx');
  }

  @Derived("the report's own address")
  @FieldResolver(() => String, { description: 'The tables as .xlsx' })
  xlsxUrl(@Root() r: AnnualReport) {
    return fileUrl(r.id, 'xlsx');
  }

  @Can('read', 'AnnualReport')
  @Query(() => [AnnualReport], { description: 'The reports the user may read (a unit its own; leaders and the Disclosure Office their level)' })
  annualReports(@GqlCtx() ctx: Ctx, @Arg('year', () => Int, { nullable: true }) year: number | null) {
    return svc.listAnnualReports(ctx, year ?? null);
  }

  @Can('read', 'AnnualReport')
  @Query(() => AnnualReport)
  annualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getAnnualReport(ctx, id);
  }

  @Can('create', 'AnnualReport')
  @Mutation(() => AnnualReport, {
    description: "Generate a unit's report of a year (the government's for the Disclosure Office), its figures computed",
  })
  createAnnualReport(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('unitId', () => ID) unitId: string) {
    return svc.createAnnualReport(ctx, year, unitId);
  }

  @Can('update', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: 'The drafter writes the texts and enters the figures Gongkai does not hold, with their source' })
  updateAnnualReport(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AnnualReportInput) input: AnnualReportInput,
  ) {
    return svc.updateAnnualReport(ctx, id, version, input);
  }

  @Can('update', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: 'Compute the figures Gongkai holds again (a draft only)' })
  refreshAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.refreshAnnualReport(ctx, id, version);
  }

  @Can('submit', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: '报送审签: complete and every sum adding up' })
  submitAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitAnnualReport(ctx, id, version);
  }

  @Can('return', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: '退回 to the drafter with the reason' })
  returnAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reason') reason: string) {
    return svc.returnAnnualReport(ctx, id, version, reason);
  }

  @Can('signOff', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: '审签: the sums checked again, the figures and texts frozen' })
  signOffAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.signOffAnnualReport(ctx, id, version);
  }

  @Can('publish', 'AnnualReport')
  @Mutation(() => AnnualReport, { description: '发布 on the portal, as frozen at sign-off' })
  publishAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.publishAnnualReport(ctx, id, version);
  }

  @Public()
  @Query(() => [PublicAnnualReport], { description: '政府信息公开工作年度报告: the published reports, newest year first' })
  async publicAnnualReports(@GqlCtx() ctx: Ctx, @Arg('year', () => Int, { nullable: true }) year: number | null) {
    return (await svc.publicAnnualReports(ctx, year ?? null)).map((r) => toPublic(r, null));
  }

  @Public()
  @Query(() => PublicAnnualReport, { description: 'One published report, as signed off' })
  async publicAnnualReport(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    const r = await svc.publicAnnualReport(ctx, id);
    return toPublic(r, toContent(await svc.contentOf(ctx, r)));
  }
}
