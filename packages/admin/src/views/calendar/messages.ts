import { CALENDAR_DAY_KIND_LABELS } from '@gongkai/shared';

/** The working-day calendar. */
const zhCN = {
  menu: {
    calendar: '工作日历',
  },
  calendar: {
    title: '工作日历',
    year: '年份',
    covered: '已录入',
    notCovered: '未录入',
    coveredBanner: '{year}年节假日安排已录入{source}，工作日期限按此计算。',
    notCoveredBanner: '{year}年节假日安排尚未录入：以该年日期计算工作日期限的事项将无法办理。',
    source: '（来源：{source}）',
    sourceStateCouncil: '国务院办公厅关于当年部分节假日安排的通知',
    sourceAdmin: '系统管理员录入',
    enterNotice: '按国务院通知录入',
    noticeTitle: '录入{year}年节假日安排',
    noticeHint:
      '请将国务院办公厅关于{year}年部分节假日安排的通知全文粘贴在下方，先识别核对，确认后录入。录入将以通知为准替换{year}年已有的节假日和调休上班日。',
    noticeText: '通知全文',
    noticePlaceholder: '一、元旦：1月1日（周五）放假……',
    noticeRead: '识别',
    noticeApply: '确认录入',
    noticeProblems: '有{n}处无法识别，请核对通知全文后重新识别',
    noticeHoliday: '节日',
    noticeOff: '放假日期',
    noticeDays: '天数',
    noticeWorked: '调休上班',
    noticeNoneWorked: '不调休',
    noticeEntered: '{year}年节假日安排已录入',
    warningBanner: '{year}年节假日安排尚未录入：自{year}年1月1日起以工作日计算的期限将无法办理。国务院办公厅通知发布后，请在工作日历中录入。',
    warningAction: '去录入',
    markCovered: '标记为已录入',
    markNotCovered: '取消已录入',
    markCoveredConfirm: '确认 {year} 年的法定节假日和调休上班日已全部录入？确认后将按此计算工作日。',
    markNotCoveredConfirm: '取消后，{year} 年的工作日期限将无法计算，确定取消吗？',
    holiday: '节假日',
    adjusted: '调休上班',
    weekend: '周末',
    workday: '工作日',
    legend: '图例',
    adjustedMark: '班',
    holidayMark: '休',
    weekdays: '一,二,三,四,五,六,日',
    editDay: '设置 {date}',
    dayKind: '日期类型',
    defaultKind: '按周一至周五规则（取消设置）',
    dayName: '名称',
    dayNamePlaceholder: '如：春节、国庆节',
    daySaved: '已保存',
    holidays: '节假日 {n} 天',
    adjustedDays: '调休上班 {n} 天',
    clickHint: '点击日期可设置节假日或调休上班日。',
    coveredYears: '已录入年份',
  },
  calendarDayKind: { ...CALENDAR_DAY_KIND_LABELS },
};

export type Messages = typeof zhCN;

export const messages = { 'zh-CN': zhCN, en: () => import('./messages.en').then((m) => m.en) };
