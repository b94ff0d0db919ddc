import { ASSESSMENT_ITEM_LABELS } from '@gongkai/shared';
/** Policy parameters, and the 基础信息 group: the words of its pages in Chinese, fetched with every module's before the first of those pages opens (the menu's are in messages.ts). */
export const zhCN = {
  parameters: {
    notSet: '未设定（由市政府每年确定）',
    yes: '是',
    no: '否',
    title: '政策参数',
    intro: '通知及相关法规规定的时限、数量等参数。每项参数按生效日期保存各个版本，新办事项按创建当日生效的版本计算；历史版本不可修改。',
    search: '参数名称或键名',
    name: '参数',
    key: '键名',
    current: '现行值',
    effectiveFrom: '生效日期',
    source: '依据',
    note: '说明',
    history: '版本历史',
    createdAt: '录入时间',
    createdBy: '录入人',
    system: '系统预置',
    addVersion: '新增版本',
    addVersionTitle: '新增版本：{label}',
    value: '参数值',
    valueJson: '参数值（JSON）',
    valueJsonHint: '例如 15 或 {example}',
    valueRequired: '请输入参数值',
    valueInvalid: '参数值不是有效的 JSON',
    effectiveFromRequired: '请选择生效日期',
    sourceRequired: '请填写依据（文件名称及条款）',
    sourcePlaceholder: '如：重大行政决策程序暂行条例 第十五条',
    added: '已新增参数版本',
    inForce: '现行',
    future: '待生效',
    superseded: '已失效',
    noCurrent: '暂无生效版本',
    versions: '{n} 个版本',
    effectiveFromHint: '生效日期不能早于今天。已创建的事项仍按创建当日的参数计算，新版本只影响生效日及以后新建的事项。',
  },
  // the keys of a value that holds numbers per kind: the complaints' kinds, the assessment's items
  valueKey: { REPORT: '举报', COMPLAINT: '投诉', SUGGESTION: '建议', ...ASSESSMENT_ITEM_LABELS },
};

export type PageMessages = typeof zhCN;
