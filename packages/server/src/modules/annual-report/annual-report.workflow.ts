// The annual report on government information disclosure (政府信息公开条例 Art. 49–50, template
// 国办公开办函〔2021〕30号) as data. "各级人民政府部门应当于每年1月31日前向本级政府信息公开工作主管部门提交本部门的
// 政府信息公开工作年度报告并向社会公布。县级以上地方人民政府的政府信息公开工作主管部门应当于每年3月31日前向社会
// 公布本级政府上一年度政府信息公开工作年度报告。" (Art. 49; the dates are the parameters
// annualReport.unitDue and annualReport.governmentDue.)
//
// Who does what:
// - a unit's report: its disclosure body (DISCLOSURE_OFFICER) drafts it — the figures Gongkai holds are
//   computed and may be refreshed while it is a draft, the others are entered by hand with their
//   source — and submits it; the unit's head (DEPARTMENT_HEAD) signs it off or returns it with a reason;
//   the disclosure body publishes it on the portal (政府信息公开年度报告).
// - the government's report (scope GOVERNMENT): the Disclosure Office drafts, submits and publishes;
//   the leaders (LEADER, 政务公开领导小组) sign it off or return it. Its figures are those of the whole level.
// A report is submitted only when its year has ended, table 三 is counted, every figure entered by hand
// has its value and source, and every sum of the template adds up; the sums are checked again at
// sign-off, where the figures and texts are frozen: what is published and exported is that copy.
import {
  ANNUAL_REPORT_STEP_FROM,
  MANUAL_FIGURES,
  MANUAL_SOURCES,
  MANUAL_SOURCE_LABELS,
  assembleFigures,
  checkSums,
  manualFigureLabel,
  shanghaiEndOfDay,
  sourceOf,
  sumRefusal,
  type AnnualReportState,
} from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { TodoSpec } from '../../common/todo/todo.service.js';
import type { GuardRefusal, Workflow } from '../../common/workflow/workflow.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { now, today } from '../../common/clock.js';
import { AnnualReport } from './annual-report.entities.js';
import { AnnualReportError as E } from './annual-report.errors.js';

const link = (r: AnnualReport) => `/annual-reports/${r.id}`;
const text = (s: string | null | undefined) => s?.trim() ?? '';

/** The unit whose staff draft the report: the unit itself, or the level's Disclosure Office. */
async function draftingUnitId(ctx: Ctx, r: AnnualReport): Promise<string | null> {
  if (r.scope === 'UNIT') return r.unit.id;
  const office = await ctx.em.findOne(Unit, { government: r.government.id, function: 'DISCLOSURE_OFFICE', active: true }, { fields: ['id'] });
  return office?.id ?? null;
}
export async function draftTodo(r: AnnualReport, ctx: Ctx, title?: string): Promise<TodoSpec[]> {
  return [
    {
      kind: 'annualReport.draft',
      title: title ?? `编制${r.year}年度政府信息公开工作年度报告`,
      link: link(r),
      dueAt: shanghaiEndOfDay(r.dueOn),
      assigneeRole: r.scope === 'UNIT' ? 'DISCLOSURE_OFFICER' : 'DISCLOSURE_OFFICE',
      assigneeUnitId: await draftingUnitId(ctx, r),
    },
  ];
}
const signOffTodo = (r: AnnualReport): TodoSpec[] => [
  {
    kind: 'annualReport.signOff',
    title: `审签${r.year}年度政府信息公开工作年度报告`,
    link: link(r),
    dueAt: shanghaiEndOfDay(r.dueOn),
    assigneeRole: r.scope === 'UNIT' ? 'DEPARTMENT_HEAD' : 'LEADER',
    assigneeUnitId: r.unit.id,
  },
];
async function publishTodo(r: AnnualReport, ctx: Ctx): Promise<TodoSpec[]> {
  const [draft] = await draftTodo(r, ctx);
  return [{ ...draft!, kind: 'annualReport.publish', title: `发布${r.year}年度政府信息公开工作年度报告` }];
}

export const figuresOf = (r: AnnualReport) => assembleFigures(r.computed, r.manual);

// ——— the checks before submission and sign-off, each with its refusal ———
const yearEnded = (r: AnnualReport): GuardRefusal | null =>
  Number(today().slice(0, 4)) > r.year ? null : { code: E.YEAR_NOT_ENDED, message: `${r.year}年度尚未结束，不能报送审签` };
const overviewWritten = (r: AnnualReport): GuardRefusal | null =>
  text(r.overview) ? null : { code: E.TEXT_REQUIRED, message: '请填写“一、总体情况”', field: 'overview' };
const tableThreeCounted = (r: AnnualReport): GuardRefusal | null =>
  r.computed.tableThree
    ? null
    : { code: E.TABLE_THREE_MISSING, message: '表三（收到和处理政府信息公开申请情况）尚未统计，不能报送审签', field: 'tableThree' };
/** Every figure entered by hand has a value, and every row or block of them its source. */
function manualComplete(r: AnnualReport): GuardRefusal | null {
  const missing = MANUAL_FIGURES.find((f) => r.manual.values[f] === null || r.manual.values[f] === undefined);
  if (missing) return { code: E.FIGURE_MISSING, message: `请填写“${manualFigureLabel(missing)}”`, field: missing };
  const unsourced = MANUAL_SOURCES.find((s) => !text(r.manual.sources[s]) && MANUAL_FIGURES.some((f) => sourceOf(f) === s));
  if (unsourced) return { code: E.SOURCE_REQUIRED, message: `请注明“${MANUAL_SOURCE_LABELS[unsourced]}”的数据来源`, field: unsourced };
  return null;
}
/** The template's sums: the first one off is named in the refusal. */
function sumsAddUp(r: AnnualReport): GuardRefusal | null {
  const off = checkSums(figuresOf(r)).find((c) => !c.ok);
  return off ? { code: E.SUMS_OFF, message: sumRefusal(off), field: off.id } : null;
}

export const annualReportWorkflow: Workflow<AnnualReport, AnnualReportState> = {
  subject: 'AnnualReport',
  entity: AnnualReport,
  noun: '年度报告',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot: (r) => ({ state: r.state, year: r.year, scope: r.scope, returnReason: r.returnReason ?? null, frozen: !!r.frozen }),
  publishedStates: ['PUBLISHED'],
  isOverdue: (r, at) => r.state !== 'PUBLISHED' && shanghaiEndOfDay(r.dueOn) < at,
  transitions: {
    // 报送审签: complete, with table 三 counted and every sum adding up.
    submit: {
      action: 'submit',
      from: ANNUAL_REPORT_STEP_FROM.submit,
      to: 'SUBMITTED',
      label: '报送审签',
      guards: [yearEnded, overviewWritten, tableThreeCounted, manualComplete, sumsAddUp],
      apply: (r) => {
        r.submittedAt = now();
        r.returnReason = null;
      },
      closeTodos: ['annualReport.draft'],
      openTodos: (r) => signOffTodo(r),
    },
    // 退回 to the drafter with the reason.
    return: {
      action: 'return',
      from: ANNUAL_REPORT_STEP_FROM.return,
      to: 'DRAFT',
      label: '退回',
      guards: [(_r, i: { reason: string }) => (text(i.reason) ? null : { code: E.REASON_REQUIRED, message: '请填写退回理由', field: 'reason' })],
      apply: (r, i: { reason: string }) => {
        r.returnReason = text(i.reason).slice(0, 2000);
      },
      closeTodos: ['annualReport.signOff'],
      openTodos: (r, ctx) => draftTodo(r, ctx, `修改${r.year}年度政府信息公开工作年度报告（已退回）`),
    },
    // 审签: the sums are checked again and the report is frozen as it stands.
    signOff: {
      action: 'signOff',
      from: ANNUAL_REPORT_STEP_FROM.signOff,
      to: 'SIGNED_OFF',
      label: '审签',
      guards: [tableThreeCounted, manualComplete, sumsAddUp],
      apply: async (r, _i, ctx) => {
        const unit = await ctx.em.findOneOrFail(Unit, r.unit.id);
        const figures = figuresOf(r);
        r.frozen = {
          unitName: unit.name,
          figures,
          sources: { ...r.manual.sources },
          overview: r.overview,
          problems: r.problems,
          rectifications: r.computed.rectifications ?? [],
          otherMatters: r.otherMatters,
          sums: checkSums(figures),
          computedAt: r.computed.at,
        };
        r.signedOffAt = now();
        r.signedOffByName = ctx.actor?.name ?? null;
      },
      closeTodos: ['annualReport.signOff'],
      openTodos: (r, ctx) => publishTodo(r, ctx),
    },
    // 发布 on the portal (政府信息公开年度报告), as frozen at sign-off.
    publish: {
      action: 'publish',
      from: ANNUAL_REPORT_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '发布',
      apply: (r) => {
        r.publishedAt = now();
      },
      closeTodos: 'all',
    },
  },
};
