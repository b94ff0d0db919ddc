// The policy parameters (SPEC "Policy parameters shipped"): every number of the notice that a rule
// uses, with the history that ships. An administrator adds later versions; history is never edited.

export type ParameterType = 'int' | 'intByKind' | 'monthDay' | 'ratio' | 'optionalRatio' | 'flag' | 'weights';

export interface ParameterDefinition {
  key: string;
  label: string;
  unit: string;
  type: ParameterType;
  shipped: { value: unknown; effectiveFrom: string; source: string; note?: string }[];
}

const NOTICE = '关于建立政务公开工作制度的通知（朝阳市，2017）';
const DECISION_RULES = '重大行政决策程序暂行条例';
const OGI = '中华人民共和国政府信息公开条例（2019年修订）';
const ASSESSMENT_RULES = '朝阳市政务公开工作考核办法';

export const PARAMETERS: ParameterDefinition[] = [
  {
    key: 'consultation.minDays.majorDecision',
    label: '重大行政决策征求意见最短期限',
    unit: '日',
    type: 'int',
    shipped: [
      { value: 15, effectiveFrom: '2017-03-28', source: `${NOTICE} 三` },
      { value: 30, effectiveFrom: '2019-09-01', source: `${DECISION_RULES} 第十五条`, note: '确需缩短的，应当在征求意见时说明理由' },
    ],
  },
  // The exception is itself dated: the 2017 notice knows no shortening; the 2019 rules allow it with a stated reason.
  {
    key: 'consultation.majorDecision.shorteningAllowed',
    label: '重大行政决策征求意见期限确需缩短的可说明理由缩短',
    unit: '是/否',
    type: 'flag',
    shipped: [
      { value: false, effectiveFrom: '2017-03-28', source: `${NOTICE} 三`, note: '不少于15日，无缩短之规定' },
      { value: true, effectiveFrom: '2019-09-01', source: `${DECISION_RULES} 第十五条`, note: '确需缩短的，应当在征求意见时说明理由' },
    ],
  },
  {
    key: 'consultation.minDays.other',
    label: '其他议题征求意见最短期限',
    unit: '日',
    type: 'int',
    shipped: [{ value: 5, effectiveFrom: '2017-03-28', source: `${NOTICE} 三` }],
  },
  {
    key: 'consultation.materialLeadDays',
    label: '座谈会等面对面形式材料提前送达天数',
    unit: '日',
    type: 'int',
    shipped: [{ value: 5, effectiveFrom: '2017-03-28', source: `${NOTICE} 三` }],
  },
  {
    key: 'hearing.materialLeadDays',
    label: '听证会材料提前送达天数',
    unit: '日',
    type: 'int',
    shipped: [{ value: 7, effectiveFrom: '2019-09-01', source: `${DECISION_RULES} 第十六条` }],
  },
  {
    key: 'meeting.attendanceNoticeWorkingDays',
    label: '列席会议书面通知提前工作日数',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 3, effectiveFrom: '2017-03-28', source: `${NOTICE} 四` }],
  },
  {
    key: 'interpretation.deadlineWorkingDays',
    label: '政策解读材料发布期限（印发后）',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 3, effectiveFrom: '2017-03-28', source: `${NOTICE} 五` }],
  },
  {
    key: 'calendar.warnFrom',
    label: '次年节假日安排未录入时开始提醒的日期',
    unit: '月-日',
    type: 'monthDay',
    shipped: [
      {
        value: '11-01',
        effectiveFrom: '2017-03-28',
        source: '国务院办公厅每年于11月至12月发布次年部分节假日安排的通知',
        note: '自该日起，次年安排未录入的，系统管理员收到待办，页面显示提醒',
      },
    ],
  },
  {
    key: 'jointMeeting.minPerYear',
    label: '联席会议每年最少召开次数',
    unit: '次',
    type: 'int',
    shipped: [{ value: 1, effectiveFrom: '2017-03-28', source: `${NOTICE} 一` }],
  },
  {
    key: 'review.reportDue',
    label: '公开内容审查报告报送期限',
    unit: '月-日',
    type: 'monthDay',
    shipped: [{ value: '12-31', effectiveFrom: '2017-03-28', source: `${NOTICE} 六` }],
  },
  {
    key: 'review.frequentRequestThreshold',
    label: '依申请公开“频次较多”的年申请次数',
    unit: '次',
    type: 'int',
    shipped: [{ value: 3, effectiveFrom: '2017-03-28', source: `${NOTICE} 六`, note: '待根据实际调整' }],
  },
  {
    key: 'application.replyWorkingDays',
    label: '依申请公开答复期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 20, effectiveFrom: '2019-05-15', source: `${OGI} 第三十三条` }],
  },
  {
    key: 'application.extensionWorkingDays',
    label: '依申请公开延长答复期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 20, effectiveFrom: '2019-05-15', source: `${OGI} 第三十三条` }],
  },
  {
    key: 'application.correctionNoticeWorkingDays',
    label: '一次性告知补正期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 7, effectiveFrom: '2019-05-15', source: `${OGI} 第三十条` }],
  },
  {
    key: 'application.thirdPartyWorkingDays',
    label: '征求第三方意见期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 15, effectiveFrom: '2019-05-15', source: `${OGI} 第三十二条` }],
  },
  {
    key: 'proactive.publishWorkingDays',
    label: '主动公开信息形成或变更后公开期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 20, effectiveFrom: '2019-05-15', source: `${OGI} 第二十六条` }],
  },
  {
    key: 'annualReport.unitDue',
    label: '部门年度报告报送期限',
    unit: '月-日',
    type: 'monthDay',
    shipped: [{ value: '01-31', effectiveFrom: '2019-05-15', source: `${OGI} 第四十九条` }],
  },
  {
    key: 'annualReport.governmentDue',
    label: '政府年度报告公布期限',
    unit: '月-日',
    type: 'monthDay',
    shipped: [{ value: '03-31', effectiveFrom: '2019-05-15', source: `${OGI} 第四十九条` }],
  },
  {
    key: 'evaluation.perYear',
    label: '第三方评估每年次数',
    unit: '次',
    type: 'int',
    shipped: [{ value: 1, effectiveFrom: '2017-03-28', source: `${NOTICE} 七` }],
  },
  {
    key: 'supervisors.count',
    label: '政务公开监督员人数',
    unit: '人',
    type: 'int',
    shipped: [{ value: 20, effectiveFrom: '2017-03-28', source: `${NOTICE} 七` }],
  },
  {
    key: 'evaluation.appealWorkingDays',
    label: '第三方评估结果申诉期限（发送后）',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 5, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '待根据实际调整' }],
  },
  {
    key: 'training.rotationCycleYears',
    label: '政务公开工作人员轮训周期',
    unit: '年',
    type: 'int',
    shipped: [
      { value: 3, effectiveFrom: '2017-03-28', source: `${NOTICE} 九`, note: '“适时开展全市政务公开工作人员的轮训工作”，周期待根据实际调整' },
    ],
  },
  {
    key: 'supervisor.answerWorkingDays',
    label: '监督员意见建议答复期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 15, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '待根据实际调整' }],
  },
  {
    key: 'complaint.replyWorkingDays',
    label: '举报投诉答复期限（按类型）',
    unit: '工作日',
    type: 'intByKind',
    shipped: [{ value: { REPORT: 15, COMPLAINT: 15, SUGGESTION: 15 }, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '待根据实际调整' }],
  },
  {
    key: 'complaint.extensionWorkingDays',
    label: '举报投诉延期答复最多延长',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 15, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '承办单位申请、受理办公室批准，每件一次；待根据实际调整' }],
  },
  {
    key: 'complaint.ratingDays',
    label: '举报投诉办结后群众评价期限',
    unit: '日',
    type: 'int',
    shipped: [{ value: 10, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '逾期未评价的按未评价办结；待根据实际调整' }],
  },
  {
    key: 'complaint.maxReopens',
    label: '举报投诉不满意件最多重办次数',
    unit: '次',
    type: 'int',
    shipped: [{ value: 1, effectiveFrom: '2017-03-28', source: '本地工作惯例', note: '待根据实际调整' }],
  },
  // 考核: the city sets both numbers each year; the platform ships the values of the assessment of 2025 onwards.
  {
    key: 'assessment.disclosureWeight',
    label: '政务公开工作在绩效考核中的权重',
    unit: '比例',
    type: 'optionalRatio',
    shipped: [
      { value: null, effectiveFrom: '2017-03-28', source: `${NOTICE} 考核`, note: '由市政府每年确定' },
      { value: 0.04, effectiveFrom: '2025-01-01', source: ASSESSMENT_RULES, note: '政务公开工作占单位绩效考核总分的4%' },
    ],
  },
  {
    key: 'assessment.routineShare',
    label: '平时检查在考核中的占比',
    unit: '比例',
    type: 'optionalRatio',
    shipped: [
      { value: null, effectiveFrom: '2017-03-28', source: `${NOTICE} 考核`, note: '由市政府每年确定' },
      { value: 0.4, effectiveFrom: '2025-01-01', source: ASSESSMENT_RULES, note: '平时检查占40%，年终考核占60%' },
    ],
  },
  // the year-end scorecard's items and their weights (they add up to 100; an item whose work system is not in the platform is left out and its weight shared)
  {
    key: 'assessment.itemWeights',
    label: '年终考核各项指标权重',
    unit: '分',
    type: 'weights',
    shipped: [
      {
        value: {
          DOCUMENT_ATTRIBUTES: 10,
          CONSULTATION_WINDOWS: 8,
          CONSULTATION_RATE: 8,
          INTERPRETATION_ON_TIME: 8,
          REVIEW_REPORT: 6,
          RECTIFICATIONS: 8,
          COMPLAINT_REPLY: 8,
          COMPLAINT_SATISFACTION: 6,
          REQUEST_ON_TIME: 10,
          EVALUATION_SCORE: 12,
          SUPERVISOR_FEEDBACK: 6,
          TRAINING_COVERAGE: 5,
          JOINT_MEETING_RESOLUTIONS: 5,
        },
        effectiveFrom: '2025-01-01',
        source: ASSESSMENT_RULES,
        note: '各项权重之和为100',
      },
    ],
  },
  {
    key: 'accountRequest.decisionWorkingDays',
    label: '账号申请审批期限',
    unit: '工作日',
    type: 'int',
    shipped: [{ value: 3, effectiveFrom: '2017-03-28', source: '本系统管理规定' }],
  },
  // separation of duties: the head who signs a document off is not the one who drafted it
  {
    key: 'documents.signerNotDrafter',
    label: '文件审签人不得为起草人',
    unit: '是/否',
    type: 'flag',
    shipped: [{ value: true, effectiveFrom: '2017-03-28', source: '本系统管理规定', note: '起草、审签相分离' }],
  },
];

export const PARAMETER_BY_KEY = new Map(PARAMETERS.map((p) => [p.key, p]));

/** Refusal reason when `value` does not fit the parameter's type, or null. */
export function invalidValueReason(def: ParameterDefinition, value: unknown): string | null {
  const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3650;
  switch (def.type) {
    case 'int':
      return isCount(value) ? null : '取值应为0至3650之间的整数';
    case 'intByKind': {
      const shipped = def.shipped[0].value as Record<string, unknown>;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return '取值应为按类型列出的整数';
      const v = value as Record<string, unknown>;
      const keys = Object.keys(shipped);
      if (Object.keys(v).length !== keys.length || !keys.every((k) => isCount(v[k]))) return `取值应列出${keys.join('、')}各自的整数`;
      return null;
    }
    case 'monthDay':
      return typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? null : '取值应为“月-日”，如 12-31';
    case 'ratio':
      return typeof value === 'number' && value >= 0 && value <= 1 ? null : '取值应为0至1之间的比例';
    case 'flag':
      return typeof value === 'boolean' ? null : '取值应为 true 或 false';
    case 'optionalRatio':
      return value === null || (typeof value === 'number' && value >= 0 && value <= 1) ? null : '取值应为0至1之间的比例';
    case 'weights': {
      const shipped = def.shipped[0].value as Record<string, unknown>;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return '取值应为按指标列出的权重';
      const v = value as Record<string, unknown>;
      const keys = Object.keys(shipped);
      const isWeight = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= WEIGHTS_TOTAL;
      if (Object.keys(v).length !== keys.length || !keys.every((k) => isWeight(v[k])))
        return `取值应列出${keys.join('、')}各自0至${WEIGHTS_TOTAL}的整数权重`;
      return null;
    }
  }
}

/** Weights add up to this. */
export const WEIGHTS_TOTAL = 100;
/** For a well-formed value of a 'weights' parameter that does not add up to 100: its sum; else null. */
export function weightsOff(def: ParameterDefinition, value: unknown): number | null {
  if (def.type !== 'weights') return null;
  const sum = Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
  return sum === WEIGHTS_TOTAL ? null : sum;
}
