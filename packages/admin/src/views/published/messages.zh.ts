/** What the portal shows: the words of its pages in Chinese, fetched with every module's before the first of those pages opens (the menu's are in messages.ts). */
export const zhCN = {
  published: {
    title: '已发布信息',
    documents: '政府信息公开',
    interpretationsTab: '政策解读',
    interpretations: '解读',
    searchTitle: '标题',
    portalPage: '门户页面',
    open: '打开',
    late: '逾期发布',
  },
};

export type PageMessages = typeof zhCN;
