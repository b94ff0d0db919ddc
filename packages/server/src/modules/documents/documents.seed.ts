import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { demoUnitId, demoUserId } from '../organisation/organisation.seed.js';
import { saveInterpretation } from '../interpretation/interpretation.service.js';
import * as docs from './documents.service.js';
import { today as clockToday } from '../../common/clock.js';

const EDU_BODY = `为做好2026年我市义务教育阶段学校招生入学工作，保障适龄儿童少年依法接受义务教育，根据《中华人民共和国义务教育法》和省教育厅有关要求，现就有关事项通知如下。

一、坚持免试就近入学。各地要按照“划片招生、就近入学”的原则，科学划定学校招生范围，并于5月31日前向社会公布。

二、规范招生程序。公办学校和民办学校同步招生，民办学校报名人数超过招生计划的，实行电脑随机录取。

三、做好特殊群体入学保障。进城务工人员随迁子女、残疾儿童少年等特殊群体入学，按照有关政策优先保障。`;

const EDU_INTERPRETATION = {
  scope: '全市义务教育阶段适龄儿童少年家长、各中小学校',
  forms: ['PRESS_CONFERENCE', 'INFOGRAPHIC', 'WECHAT'] as const,
  schedule: '文件印发当日在市政府网站“政策解读”栏目发布；印发后一周内在“V朝阳”微信公众号推送图解',
  spokesperson: '市教育局基础教育科科长',
  content:
    '一、出台背景：为落实义务教育免试就近入学要求……\n二、主要内容：划片招生、就近入学；公民同招；特殊群体入学保障。\n三、新旧政策差异：今年起民办学校报名人数超过招生计划的，一律电脑随机录取。',
  qa: '问：招生范围什么时候公布？\n答：各地于5月31日前向社会公布。\n问：随迁子女如何入学？\n答：按照有关政策优先保障，具体材料以各县（市）区公布为准。',
  links: ['https://www.chaoyang.gov.cn/zcjd/2026/jiaoyu-zhaosheng.html'],
};

/** Documents in every state across several units, made through the real flow. */
export async function seedDocuments(em: EntityManager, config: AppConfig) {
  const as = (username: string) => contextAs(em.fork(), config, demoUserId(username));
  const today = clockToday();

  // 1. a department document, close to the public's interest, issued with its interpretation published at once
  {
    const staff = await as('jiaoyu.staff');
    const d = await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '朝阳市教育局关于做好2026年义务教育阶段招生入学工作的通知',
      body: EDU_BODY,
      addressees: '各县（市）区教育局，市直各学校：',
      closeToPublic: true,
      wideScope: true,
      highAttention: true,
      disclosureAttribute: 'PROACTIVE',
    });
    await saveInterpretation(staff, d.id, 1, null, { ...EDU_INTERPRETATION, forms: [...EDU_INTERPRETATION.forms] });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    const s2 = await docs.signOffDocument(await as('jiaoyu.head'), d.id, s1.version);
    await docs.issueDocument(await as('jiaoyu.staff'), d.id, s2.version, addDays(today, -20));
  }
  // 2. a document on application, issued by the department
  {
    const staff = await as('jiaoyu.staff');
    const d = await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知',
      body: '各有关申请人：现将2026年下半年中小学教师资格认定有关事项通知如下……',
      disclosureAttribute: 'ON_APPLICATION',
      attributeReason: 'SPECIFIC_APPLICANTS',
      attributeBasis: '《中华人民共和国政府信息公开条例》第二十七条',
    });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    const s2 = await docs.signOffDocument(await as('jiaoyu.head'), d.id, s1.version);
    await docs.issueDocument(staff, d.id, s2.version, addDays(today, -12));
  }
  // 3. a government document drafted on behalf by the education bureau, waiting for the Disclosure Office
  {
    const staff = await as('jiaoyu.staff');
    const d = await docs.createDocument(staff, {
      kind: 'GOVERNMENT',
      title: '朝阳市人民政府关于印发朝阳市学前教育普惠发展三年行动计划（2026—2028年）的通知',
      body: '各县（市）区人民政府，市政府各部门，市直各单位：现将《朝阳市学前教育普惠发展三年行动计划（2026—2028年）》印发给你们，请认真贯彻执行。',
      addressees: '各县（市）区人民政府，市政府各部门，市直各单位：',
      coUnitIds: [demoUnitId('finance'), demoUnitId('housing')],
      closeToPublic: true,
      wideScope: true,
      disclosureAttribute: 'PROACTIVE',
    });
    await saveInterpretation(staff, d.id, 1, null, {
      scope: '全市幼儿家长、幼儿园举办者',
      forms: ['BRIEFING', 'COMMENTARY', 'INFOGRAPHIC'],
      schedule: '文件印发后3个工作日内',
      spokesperson: '市教育局分管副局长',
      content: '《行动计划》明确到2028年全市普惠性幼儿园覆盖率达到90%以上……',
    });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    await docs.signOffDocument(await as('jiaoyu.head'), d.id, s1.version);
  }
  // 4. a government-office document from civil affairs, reviewed and forwarded to the Document Section
  {
    const staff = await as('minzheng.staff');
    const d = await docs.createDocument(staff, {
      kind: 'GOVERNMENT_OFFICE',
      title: '朝阳市人民政府办公室关于进一步做好困难群众基本生活保障工作的通知',
      body: '为切实保障困难群众基本生活，现就有关工作通知如下……',
      addressees: '各县（市）区人民政府，市政府有关部门：',
      wideScope: true,
      disclosureAttribute: 'PROACTIVE',
    });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    const s2 = await docs.signOffDocument(await as('minzheng.head'), d.id, s1.version);
    await docs.reviewDocument(await as('gongkaiban'), d.id, s2.version, {
      interpretationNeeded: true,
      interpretationScope: '困难群众及基层民政工作人员',
      interpretationForms: ['INTERVIEW_PROGRAM', 'WECHAT'],
    });
  }
  // 5. returned by the Disclosure Office (退文)
  {
    const staff = await as('minzheng.staff');
    const d = await docs.createDocument(staff, {
      kind: 'GOVERNMENT',
      title: '朝阳市人民政府关于调整城乡居民最低生活保障标准的通知',
      body: '经市政府同意，自2027年1月1日起调整全市城乡居民最低生活保障标准……',
      disclosureAttribute: 'ON_APPLICATION',
      attributeReason: 'PROCESS_INFORMATION',
      attributeBasis: '《中华人民共和国政府信息公开条例》第十六条',
    });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    const s2 = await docs.signOffDocument(await as('minzheng.head'), d.id, s1.version);
    await docs.returnDocument(await as('gongkaiban'), d.id, s2.version, {
      reason: '低保标准调整与群众利益密切相关，应主动公开；请重新认定公开属性，并补充解读方案和解读材料。',
    });
  }
  // 6. not to be disclosed: waiting for the unit's disclosure officer
  {
    const staff = await as('jiaoyu.staff');
    const d = await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '朝阳市教育局关于2026年局机关内部财务审计工作安排的通知',
      body: '局机关各科室：根据年度工作安排，定于12月开展局机关内部财务审计……',
      disclosureAttribute: 'NOT_DISCLOSED',
      attributeReason: 'INTERNAL_AFFAIRS',
      attributeBasis: '《中华人民共和国政府信息公开条例》第十六条第一款',
    });
    await docs.submitDocument(staff, d.id, d.version);
  }
  // 7. a draft whose attribute is not fixed yet
  {
    const staff = await as('jiaoyu.staff');
    await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '关于加强中小学课后服务工作的指导意见（征求意见稿）',
      body: '为进一步做好中小学课后服务工作，减轻家长负担……',
      closeToPublic: true,
    });
  }
  // 8. waiting for the head's sign-off, and signed off waiting to be numbered by the department
  {
    const staff = await as('minzheng.staff');
    const d = await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '朝阳市民政局关于做好2026年冬季困难群众救助工作的通知',
      body: '各县（市）区民政局：为确保困难群众温暖过冬，现就做好今冬明春救助工作通知如下……',
      disclosureAttribute: 'PROACTIVE',
      wideScope: true,
    });
    await docs.submitDocument(staff, d.id, d.version);
    const e = await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '朝阳市民政局关于开展2026年度养老机构服务质量检查的通知',
      body: '各县（市）区民政局，各养老机构：根据年度工作安排，决定开展养老机构服务质量检查……',
      disclosureAttribute: 'PROACTIVE',
    });
    const e1 = await docs.submitDocument(staff, e.id, e.version);
    await docs.signOffDocument(await as('minzheng.head'), e.id, e1.version);
  }
  // 9. issued by the Document Section with an interpretation still unpublished past its deadline
  {
    const staff = await as('minzheng.staff');
    const d = await docs.createDocument(staff, {
      kind: 'GOVERNMENT',
      title: '朝阳市人民政府关于进一步加强社会救助工作的意见',
      body: '各县（市）区人民政府，市政府各部门，市直各单位：为进一步加强社会救助工作，兜住兜牢民生底线，提出如下意见……',
      addressees: '各县（市）区人民政府，市政府各部门，市直各单位：',
      wideScope: true,
      disclosureAttribute: 'PROACTIVE',
    });
    const s1 = await docs.submitDocument(staff, d.id, d.version);
    const s2 = await docs.signOffDocument(await as('minzheng.head'), d.id, s1.version);
    const s3 = await docs.reviewDocument(await as('gongkaiban'), d.id, s2.version, {
      interpretationNeeded: true,
      interpretationScope: '社会救助对象和基层工作人员',
      interpretationForms: ['PRESS_CONFERENCE', 'INFOGRAPHIC'],
    });
    await docs.issueDocument(await as('wendianke'), d.id, s3.version, addDays(today, -10));
  }
  // 10. a classified document, registered by title, number and unit only (a number of the bureau's own series)
  const classifiedOn = addDays(today, -30);
  await docs.registerClassifiedDocument(await as('jiaoyu.head'), {
    kind: 'DEPARTMENT',
    title: '关于做好2026年国家教育考试安全保密工作的通知',
    documentNumber: `朝教发〔${classifiedOn.slice(0, 4)}〕20号`,
    issueDate: classifiedOn,
  });
}
