import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { today as clockToday } from '../../common/clock.js';
import { demoUnitId, demoActors } from '../organisation/organisation.seed.js';
import * as docs from '../documents/documents.service.js';
import { draftThroughUnit } from '../documents/documents.seed.js';
import { saveInterpretation } from './interpretation.service.js';

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

/**
 * The demo documents that carry an interpretation, drafted together with it ("whoever drafts,
 * interprets"), made through the real flow after the documents module's own demo data.
 */
export async function seedInterpretations(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const today = clockToday();

  // a department document, close to the public's interest, issued with its interpretation published at once
  const enrolment = await draftThroughUnit(
    as,
    'jiaoyu.staff',
    'jiaoyu.head',
    {
      kind: 'DEPARTMENT',
      title: '朝阳市教育局关于做好2026年义务教育阶段招生入学工作的通知',
      body: EDU_BODY,
      addressees: '各县（市）区教育局，市直各学校：',
      closeToPublic: true,
      wideScope: true,
      highAttention: true,
      disclosureAttribute: 'PROACTIVE',
    },
    (staff, id) => saveInterpretation(staff, id, 1, null, { ...EDU_INTERPRETATION, forms: [...EDU_INTERPRETATION.forms] }),
  );
  // number 1 of the education bureau's year, as the first document it issues (see documents.seed.ts)
  await docs.issueDocument(await as('jiaoyu.staff'), enrolment.id, enrolment.version, addDays(today, -20), 1);

  // a government document drafted on behalf by the education bureau, waiting for the Disclosure Office
  await draftThroughUnit(
    as,
    'jiaoyu.staff',
    'jiaoyu.head',
    {
      kind: 'GOVERNMENT',
      title: '朝阳市人民政府关于印发朝阳市学前教育普惠发展三年行动计划（2026—2028年）的通知',
      body: '各县（市）区人民政府，市政府各部门，市直各单位：现将《朝阳市学前教育普惠发展三年行动计划（2026—2028年）》印发给你们，请认真贯彻执行。',
      addressees: '各县（市）区人民政府，市政府各部门，市直各单位：',
      coUnitIds: [demoUnitId('finance'), demoUnitId('housing')],
      closeToPublic: true,
      wideScope: true,
      disclosureAttribute: 'PROACTIVE',
    },
    (staff, id) =>
      saveInterpretation(staff, id, 1, null, {
        scope: '全市幼儿家长、幼儿园举办者',
        forms: ['BRIEFING', 'COMMENTARY', 'INFOGRAPHIC'],
        schedule: '文件印发后3个工作日内',
        spokesperson: '市教育局分管副局长',
        content: '《行动计划》明确到2028年全市普惠性幼儿园覆盖率达到90%以上……',
      }),
  );
}
