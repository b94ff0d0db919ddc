// The search's own words: the notice's terms, kept whole by the segmenter (so that 依申请公开 is one
// word, not 依 / 申请 / 公开 alone), and the terms the notice uses two names for.

/** Words the segmenter keeps whole, with the frequency that makes it prefer them over a split. */
export const NOTICE_WORDS: readonly string[] = [
  '政务公开',
  '政府信息公开',
  '信息公开',
  '主动公开',
  '依申请公开',
  '不予公开',
  '公开属性',
  '政策解读',
  '解读材料',
  '解读方案',
  '政策性文件',
  '规范性文件',
  '代拟稿',
  '牵头单位',
  '联合发文',
  '承办单位',
  '意见征集',
  '征求意见',
  '征集意见',
  '重大行政决策',
  '决策依据',
  '起草说明',
  '合理意见',
  '采纳率',
  '回复率',
  '议题意见征集率',
  '常务会议',
  '市长办公会议',
  '利益相关方',
  '公众代表',
  '基层群众代表',
  '参会须知',
  '新闻通稿',
  '联席会议',
  '会议纪要',
  '议定事项',
  '定期审查',
  '政府信息公开工作年度报告',
  '年度报告',
  '第三方评估',
  '调查问卷',
  '监督员',
  '民心网',
  '受理量',
  '答复率',
  '满意率',
  '按期办结率',
  '办结',
  '老旧小区',
];

/**
 * Groups of words that name one thing: a query with one of them finds texts with any of them. The
 * notice says 意见征集 and 征求意见 for the same work, 新闻通稿 and 新闻稿, 年度报告 and 年报.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['意见征集', '征求意见', '征集意见'],
  ['新闻通稿', '新闻稿'],
  ['年度报告', '年报'],
  ['依申请公开', '申请公开'],
  ['举报', '检举'],
  // the short names people type for what documents name in full
  ['低保', '最低生活保障'],
  ['医保', '医疗保险'],
  ['出租车', '出租汽车'],
];
