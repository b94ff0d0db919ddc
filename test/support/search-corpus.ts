// A hand-labelled set for the search's relevance: policy documents as a city publishes them, and
// questions as citizens and staff ask them, each with the document it should find (in the top 3).
// Used by the relevance test (test/integration/search.test.ts) and the search benchmark.

export interface CorpusDocument {
  key: string;
  title: string;
  number: string;
  body: string;
}

export const CORPUS: readonly CorpusDocument[] = [
  {
    key: 'dibao',
    title: '朝阳市人民政府关于调整城乡居民最低生活保障标准的通知',
    number: '朝政发〔2026〕3号',
    body: '经市政府同意，自2027年1月1日起，城市居民最低生活保障标准由每人每月720元提高到760元，农村居民最低生活保障标准由每人每年6000元提高到6400元。各地要做好低保金的按时足额发放。',
  },
  {
    key: 'heating',
    title: '朝阳市人民政府办公室关于做好2026—2027年度城市供暖工作的通知',
    number: '朝政办发〔2026〕41号',
    body: '各供热企业要于11月1日前完成管网检修和试运行，确保居民室内温度不低于18摄氏度。对困难群众的取暖费实行补贴，补贴标准另行公布。供热投诉电话为12345。',
  },
  {
    key: 'oldcommunity',
    title: '朝阳市住房和城乡建设局关于推进老旧小区改造工作的实施方案',
    number: '朝住建发〔2026〕12号',
    body: '2026年计划改造2000年底前建成的老旧小区35个，改造内容包括屋面防水、外墙保温、管网更新、加装电梯和停车设施。改造方案须征求小区居民意见，居民同意率达到三分之二以上方可实施。',
  },
  {
    key: 'elevator',
    title: '朝阳市既有住宅加装电梯补助办法',
    number: '朝住建发〔2026〕15号',
    body: '对既有多层住宅加装电梯的，按每部电梯20万元的标准给予补助。申请人应当提交业主同意加装的书面意见、设计方案和施工合同。',
  },
  {
    key: 'teacher',
    title: '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知',
    number: '朝教发〔2026〕27号',
    body: '申请人须通过全国中小学教师资格考试，并在网上报名后到认定机构现场确认。体检须在指定医院进行，普通话水平须达到二级乙等以上。',
  },
  {
    key: 'afterschool',
    title: '关于加强中小学课后服务工作的指导意见',
    number: '朝教发〔2026〕30号',
    body: '课后服务时间一般为下午放学后至17时30分，以自愿参加为原则，不得组织学生集体补课或讲授新课。服务费用按成本分担原则收取，困难家庭学生免收。',
  },
  {
    key: 'enrolment',
    title: '朝阳市2026年义务教育阶段学校招生入学工作方案',
    number: '朝教发〔2026〕9号',
    body: '小学入学实行划片招生、免试就近入学。随迁子女凭居住证和父母就业证明在居住地入学。学区划分结果在教育局网站公开。',
  },
  {
    key: 'elderly',
    title: '朝阳市民政局关于开展2026年度养老机构服务质量检查的通知',
    number: '朝民发〔2026〕18号',
    body: '检查内容包括消防安全、食品安全、护理服务和收费公示。对检查发现的问题限期整改，整改不到位的依法处理。检查结果向社会公布。',
  },
  {
    key: 'winterrelief',
    title: '朝阳市民政局关于做好2026年冬季困难群众救助工作的通知',
    number: '朝民发〔2026〕22号',
    body: '要全面摸排低保对象、特困人员和临时遇困群众的基本生活情况，及时发放取暖补贴和临时救助金，防止发生冻饿等问题。',
  },
  {
    key: 'business',
    title: '朝阳市优化营商环境若干措施',
    number: '朝政发〔2026〕8号',
    body: '企业开办时间压缩至一个工作日以内，实行一网通办和证照分离改革。对小微企业的行政事业性收费一律免收，涉企检查实行清单管理。',
  },
  {
    key: 'startup',
    title: '朝阳市支持高校毕业生就业创业的若干政策',
    number: '朝人社发〔2026〕6号',
    body: '高校毕业生在我市创办企业的，给予一次性创业补贴5000元，并可申请最高30万元的创业担保贷款，财政给予贴息。',
  },
  {
    key: 'medical',
    title: '朝阳市城乡居民基本医疗保险办法',
    number: '朝政发〔2026〕11号',
    body: '城乡居民医保个人缴费标准为每人每年380元。住院费用政策范围内报销比例为一级医院85%、二级医院75%、三级医院60%。异地就医须备案。',
  },
  {
    key: 'garbage',
    title: '朝阳市生活垃圾分类管理办法',
    number: '朝政发〔2026〕14号',
    body: '生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。单位和个人应当按照分类标准投放，拒不分类投放的，由城市管理部门责令改正。',
  },
  {
    key: 'air',
    title: '朝阳市大气污染防治行动计划（2026—2028年）',
    number: '朝政发〔2026〕16号',
    body: '到2028年，全市细颗粒物年均浓度下降到每立方米35微克以下。淘汰燃煤小锅炉，推进散煤治理和清洁取暖，加强扬尘和机动车尾气治理。',
  },
  {
    key: 'water',
    title: '朝阳市城市供水价格调整方案',
    number: '朝发改发〔2026〕19号',
    body: '居民生活用水实行阶梯水价，第一阶梯每立方米3.2元。价格调整前召开听证会听取消费者、经营者和专家意见。',
  },
  {
    key: 'taxi',
    title: '朝阳市出租汽车行业管理规定',
    number: '朝交发〔2026〕5号',
    body: '出租汽车应当按规定使用计价器并出具发票，不得拒载、绕道和议价。乘客可通过12345热线投诉，交通运输部门应在5个工作日内答复。',
  },
  {
    key: 'food',
    title: '朝阳市食品安全监督抽检工作方案',
    number: '朝市监发〔2026〕13号',
    body: '全年计划抽检食品样品3000批次，重点抽检校园周边、农贸市场和网络订餐平台的食品。抽检结果和不合格食品的处置情况依法公开。',
  },
  {
    key: 'disclosure',
    title: '朝阳市人民政府办公室关于进一步推进政务公开工作的实施意见',
    number: '朝政办发〔2017〕20号',
    body: '建立政务公开工作联席会议制度，完善公文公开属性源头认定机制，推行重大决策预公开，实行利益相关方列席政府会议，做好政策解读和回应关切。',
  },
  {
    key: 'request',
    title: '朝阳市政府信息依申请公开工作规程',
    number: '朝政办发〔2026〕7号',
    body: '公民、法人或者其他组织可以通过网络、信函或者当面提交政府信息公开申请。行政机关能够当场答复的应当当场答复，不能当场答复的应当自收到申请之日起20个工作日内予以答复。',
  },
  {
    key: 'consult',
    title: '朝阳市重大行政决策公开征求意见办法',
    number: '朝政办发〔2026〕10号',
    body: '重大行政决策事项应当通过政府网站、报刊等途径向社会公开征求意见，征求意见期限一般不少于30日。决策承办单位应当公布意见采纳情况和理由。',
  },
  {
    key: 'annualreport',
    title: '朝阳市人民政府2025年政府信息公开工作年度报告',
    number: '',
    body: '2025年，全市主动公开政府信息12000余条，受理政府信息公开申请356件，因政府信息公开被申请行政复议5件、提起行政诉讼2件。',
  },
  {
    key: 'flood',
    title: '朝阳市防汛应急预案',
    number: '朝政办发〔2026〕25号',
    body: '汛期为每年6月1日至9月30日。根据降雨量和河道水位，应急响应分为四级。各乡镇要落实转移避险责任人，提前转移危险区域群众。',
  },
  {
    key: 'fire',
    title: '朝阳市冬春火灾防控工作方案',
    number: '朝应急发〔2026〕8号',
    body: '重点整治高层建筑、人员密集场所和电动自行车违规充电等火灾隐患。居民楼道内禁止停放电动自行车和为其充电。',
  },
  {
    key: 'tourism',
    title: '朝阳市促进文化旅游产业高质量发展的意见',
    number: '朝政发〔2026〕21号',
    body: '依托牛河梁红山文化遗址和鸟化石国家地质公园，打造精品旅游线路，对新评定的国家4A级以上景区给予奖励。',
  },
  {
    key: 'agriculture',
    title: '朝阳市2026年高标准农田建设实施方案',
    number: '朝农发〔2026〕4号',
    body: '新建高标准农田20万亩，配套建设灌溉排水、田间道路和农田防护林。建成后耕地质量提高一个等级，亩均粮食产能提高100斤以上。',
  },
  {
    key: 'parking',
    title: '朝阳市机动车停放服务收费管理办法',
    number: '朝发改发〔2026〕23号',
    body: '城市道路临时停车泊位实行分时段差别化收费，首30分钟免费。医院、学校周边停车场在高峰时段延长免费时间。',
  },
  {
    key: 'childcare',
    title: '朝阳市促进3岁以下婴幼儿照护服务发展的实施意见',
    number: '朝卫健发〔2026〕9号',
    body: '到2027年每千人口拥有3岁以下婴幼儿托位数达到4.5个。对新建普惠托育机构每个托位给予1万元建设补助。',
  },
  {
    key: 'housingfund',
    title: '朝阳市住房公积金提取管理办法',
    number: '朝公积金发〔2026〕2号',
    body: '职工购买、建造、翻建、大修自住住房，或者支付房租超出家庭工资收入规定比例的，可以提取住房公积金账户内的存储余额。',
  },
  {
    key: 'veterans',
    title: '朝阳市退役军人就业创业扶持办法',
    number: '朝退役发〔2026〕3号',
    body: '退役军人自主创业的，三年内按每户每年14400元为限额依次扣减增值税、城市维护建设税等税费。',
  },
  {
    key: 'complaint',
    title: '朝阳市群众举报投诉建议办理规范',
    number: '朝政办发〔2026〕31号',
    body: '对群众通过民心网、12345热线提出的举报、投诉和建议，承办单位应当在规定时限内办结并答复，办理情况按月公开，群众满意率纳入绩效考核。',
  },
  {
    key: 'pressrelease',
    title: '市政府召开第28次常务会议研究城市更新工作',
    number: '',
    body: '会议听取了城市更新和老旧小区改造工作情况汇报，邀请了利益相关方和公众代表列席会议。会议新闻通稿在市政府网站发布。',
  },
  {
    key: 'training',
    title: '朝阳市2026年政务公开工作培训计划',
    number: '朝政办发〔2026〕33号',
    body: '采取集中轮训、外地培训和现场观摩的方式，对各县（市）区和市直部门政务公开工作人员开展培训，全年培训不少于300人次。',
  },
];

export interface LabelledQuery {
  query: string;
  /** The key of the document that should be among the first three. */
  expect: string;
}

export const LABELLED_QUERIES: readonly LabelledQuery[] = [
  { query: '低保标准', expect: 'dibao' },
  { query: '最低生活保障 提高', expect: 'dibao' },
  { query: '供暖 室内温度', expect: 'heating' },
  { query: '取暖费补贴', expect: 'heating' },
  { query: '老旧小区改造', expect: 'oldcommunity' },
  { query: '小区 加装电梯 补助', expect: 'elevator' },
  { query: '教师资格认定', expect: 'teacher' },
  { query: '普通话 二级乙等', expect: 'teacher' },
  { query: '课后服务', expect: 'afterschool' },
  { query: '就近入学 随迁子女', expect: 'enrolment' },
  { query: '养老机构 检查', expect: 'elderly' },
  { query: '企业开办', expect: 'business' },
  { query: '毕业生 创业补贴', expect: 'startup' },
  { query: '医保 报销比例', expect: 'medical' },
  { query: '垃圾分类', expect: 'garbage' },
  { query: '细颗粒物 浓度', expect: 'air' },
  { query: '阶梯水价', expect: 'water' },
  { query: '出租车 拒载', expect: 'taxi' },
  { query: '食品抽检', expect: 'food' },
  { query: '政务公开 实施意见', expect: 'disclosure' },
  { query: '申请公开 答复 期限', expect: 'request' },
  { query: '意见征求 重大行政决策', expect: 'consult' },
  { query: '信息公开年报', expect: 'annualreport' },
  { query: '防汛 应急响应', expect: 'flood' },
  { query: '电动自行车 充电', expect: 'fire' },
  { query: '红山文化', expect: 'tourism' },
  { query: '高标准农田', expect: 'agriculture' },
  { query: '托育 补助', expect: 'childcare' },
  { query: '公积金 提取', expect: 'housingfund' },
  { query: '朝政办发〔2026〕31号', expect: 'complaint' },
  { query: '常务会议 城市更新', expect: 'pressrelease' },
  { query: '轮训', expect: 'training' },
];
