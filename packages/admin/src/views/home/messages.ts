/** The to-do list. */
const zhCN = {
  menu: {
    home: '待办事项',
  },
  home: {
    todos: '待办事项',
    notifications: '消息通知',
    includeDone: '显示已办',
    todoTitle: '事项',
    todoKind: '类别',
    due: '办理期限',
    createdAt: '送达时间',
    doneAt: '办结时间',
    overdue: '已逾期',
    overdueBy: '逾期 {n} 天',
    dueToday: '今日到期',
    dueIn: '剩余 {n} 天',
    noDue: '无期限',
    noTodos: '暂无待办事项',
    noNotifications: '暂无消息',
    unreadOnly: '只看未读',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    unread: '未读',
    open: '办理',
    view: '查看',
    todoCount: '待办 {n} 项',
    overdueCount: '逾期 {n} 项',
    unreadCount: '未读 {n} 条',
    quickLinks: '常用功能',
    welcome: '{name}，您好',
  },
  overview: {
    title: '政务公开概览',
    consultationsInReview: '待审核征集议题',
    consultationsOpen: '正在征集意见',
    meetingsUpcoming: '待召开政府会议',
    proposalsPending: '待审批列席意见',
    interpretationsOverdue: '超期未发布解读',
    casesOverdue: '超期未答复投诉',
    requestsOverdue: '超期未答复申请',
    feedbackOverdue: '超期未答复监督意见',
  },
  rollup: {
    title: '本级及下级政府',
    note: '{name}及下级政府的政务公开概览，各行按该级政府自身口径统计',
    government: '政府',
    own: '本级',
    total: '合计',
    open: '查看{name}及其下级',
    back: '返回本级',
  },
};

export type Messages = typeof zhCN;

export const messages = { 'zh-CN': zhCN, en: () => import('./messages.en').then((m) => m.en) };
