/** The audit trail: the words of its pages in Chinese, fetched with every module's before the first of those pages opens (the menu's are in messages.ts). */
export const zhCN = {
  audit: {
    title: '审计日志',
    chainOk: '审计链完整：已校验 {n} 条记录，校验时间 {t}。',
    chainBroken: '审计链校验失败：第 {seq} 条记录起哈希链断裂，记录可能被篡改！已校验 {n} 条，校验时间 {t}。',
    recheck: '重新校验',
    seq: '序号',
    at: '时间',
    actor: '操作人',
    actorId: '操作人编号',
    action: '动作',
    actionPlaceholder: '动作（前缀，如 User.）',
    subjectType: '对象类型',
    subjectId: '对象编号',
    address: '来源地址',
    requestId: '请求编号',
    hash: '哈希',
    before: '变更前',
    after: '变更后',
    period: '时间范围',
    start: '开始时间',
    end: '结束时间',
    system: '系统',
    nothing: '（无）',
    changed: '变更字段：{fields}',
    invalidJson: '（非 JSON 内容）',
  },
};

export type PageMessages = typeof zhCN;
