/**
 * The columns (栏目) of the public portal, in navigation order. Each column page says in the
 * notice's own words what it will publish, and shows an honest empty state for every list until
 * the work systems publish into it.
 */
export interface ColumnSection {
  /** Stable id, used for anchors and `aria-labelledby`. */
  id: string;
  heading: string;
  /** Shown while nothing has been published in this list. */
  empty: string;
}

export interface Column {
  key: ColumnKey;
  path: string;
  /** Name in the navigation and page heading. */
  name: string;
  /** One line for the entry on the home page. */
  summary: string;
  /** One or two sentences that explain what appears in the column. */
  intro: string[];
  sections: ColumnSection[];
  /** Pages under other paths that belong to the column (its entry in the navigation marks them). */
  alsoUnder?: string[];
}

export type ColumnKey = 'consultations' | 'meetings' | 'interpretations' | 'interaction' | 'documents' | 'evaluation';

export const columns: readonly Column[] = [
  {
    key: 'consultations',
    path: '/consultations',
    name: '意见征集',
    summary: '政府会议审议重要议题前，公开议题草案，听取社会各界的意见。',
    intro: [
      '对提交政府会议审议的重要改革方案和重大政策措施，除依法应当保密的外，都要就决策议题内容向社会公开征求意见。',
      '征集结束后，承办单位汇总意见，公布合理意见的采纳率、采纳情况回复率和汇总情况；本栏目每季度公开一次议题的意见征集率。',
    ],
    sections: [
      // The topics, by where they stand in their window (the tab's own empty state in the view).
      { id: 'topics', heading: '征集议题', empty: '暂无正在征集意见的议题。' },
      { id: 'rate', heading: '议题意见征集率', empty: '该季度没有需要公开征求意见的政府会议议题。' },
    ],
  },
  {
    key: 'meetings',
    path: '/meetings',
    name: '政府会议',
    summary: '市政府常务会议、市长办公会议等重要会议的新闻通稿。',
    intro: [
      '本栏目集中发布媒体报道的政府会议新闻通稿。',
      '市政府常务会议、市长办公会议等重要会议研究涉及重大民生事项的议题时，可以邀请利益相关方、公众代表、专家和新闻媒体列席；研究重要民生议题时，邀请基层群众代表参加。',
    ],
    sections: [{ id: 'press-releases', heading: '新闻通稿', empty: '暂无政府会议新闻通稿。' }],
  },
  {
    key: 'interpretations',
    path: '/interpretations',
    name: '政策解读',
    summary: '按照“谁起草、谁解读”的原则，解读与群众利益密切相关的政策文件。',
    intro: [
      '与群众利益关系密切的政府规章和政策性文件，按照“谁起草、谁解读”的原则进行解读，解读材料随文件同步发布。',
      '本栏目集中发布各类解读信息，每条解读都与所解读的文件相互链接。',
    ],
    sections: [{ id: 'list', heading: '解读信息', empty: '暂无政策解读信息。' }],
  },
  {
    key: 'interaction',
    path: '/interaction',
    name: '与民互动',
    summary: '提出举报、投诉和建议，凭查询编号和查询码了解办理进度；公开办理情况。',
    intro: [
      '本栏目受理群众的举报、投诉和建议，定期公开群众举报、投诉、建议的办理情况。',
      '受理量、答复率和满意率由自动统计系统根据每件事项的办理记录及时汇总，不经人工填报；每件事项办结后，根据办理是否及时和群众的评价形成办结自动评价。',
    ],
    sections: [
      // The lists published later; the form and the lookup are the view's own (views/interaction).
      { id: 'statistics', heading: '办理情况统计', empty: '暂无已公布的办理情况统计。' },
      { id: 'cases', heading: '办理情况公开', empty: '暂无已公开的办理情况。' },
    ],
  },
  {
    key: 'documents',
    path: '/documents',
    name: '政府信息公开',
    summary: '主动公开的政策性文件和政府信息公开工作年度报告；在线申请公开政府信息。',
    intro: [
      '政策性文件在起草时即认定公开属性；属于主动公开的文件，印发后在本栏目发布。',
      '各部门、单位每年对不予公开和依申请公开较为集中的信息进行审查，应公开而未公开的及时公开。',
    ],
    sections: [
      { id: 'policy', heading: '政策性文件', empty: '暂无已发布的政策性文件。' },
      // The application and the status lookup are the view's own (views/requests).
      { id: 'requests', heading: '依申请公开', empty: '' },
      { id: 'annual-reports', heading: '政府信息公开工作年度报告', empty: '暂无已发布的年度报告。' },
    ],
    // 依申请公开's application, receipt and status pages (views/requests)
    alsoUnder: ['/requests'],
  },
  {
    key: 'evaluation',
    path: '/evaluation',
    name: '评估结果',
    summary: '第三方评估机构对各单位政务公开工作质量和效果的年度评估结果。',
    intro: [
      '市政府委托市行政学院作为第三方评估机构，每年对市直部门、单位和县级政府及其部门的政务公开工作质量和效果开展一次评估，评估结果在全市公布。',
      '评估围绕行政权力信息公开、政务服务公开、互联网+政务服务、政务参与、回应社会关切和政务公开能力建设六个方面进行。',
    ],
    sections: [{ id: 'results', heading: '评估结果', empty: '暂无已公布的评估结果。' }],
  },
];

export function columnByKey(key: ColumnKey): Column {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`unknown column ${key}`);
  return column;
}
