/** What the portal shows. */
const zhCN = {
  menu: {
    groupPublished: '网站发布',
    published: '已发布信息',
  },
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

const en: typeof zhCN = {
  menu: {
    groupPublished: 'Website',
    published: 'Published',
  },
  published: {
    title: 'Published',
    documents: 'Government information',
    interpretationsTab: 'Interpretations',
    interpretations: 'Interpretation',
    searchTitle: 'Title',
    portalPage: 'Portal',
    open: 'Open',
    late: 'Late',
  },
};

export const messages = { 'zh-CN': zhCN, en };
