import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { demoActors } from '../organisation/organisation.seed.js';
import * as docs from './documents.service.js';
import { atStoryTime, today as clockToday } from '../../common/clock.js';
import type { Ctx } from '../../common/context.js';

type DemoActors = ReturnType<typeof demoActors>;
/**
 * A demo document drafted by `drafter` and taken through its unit: submitted, then signed off by
 * `head` when one is named. `withDraft` runs on the draft before it is submitted (an interpretation
 * drafted with it, "whoever drafts, interprets").
 */
export async function draftThroughUnit(
  as: DemoActors,
  drafter: string,
  head: string | null,
  input: Parameters<typeof docs.createDocument>[1],
  withDraft?: (staff: Ctx, documentId: string) => Promise<unknown>,
) {
  const staff = await as(drafter);
  const d = await docs.createDocument(staff, input);
  await withDraft?.(staff, d.id);
  const submitted = await docs.submitDocument(staff, d.id, d.version);
  return head ? docs.signOffDocument(await as(head), d.id, submitted.version) : submitted;
}

/**
 * Documents in every state across several units, made through the real flow. The documents that
 * carry an interpretation (the enrolment notice, issued with it; the preschool plan, under review)
 * are made by the interpretation module's seed, which runs next.
 */
export async function seedDocuments(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const today = clockToday();

  // 1. a document on application, issued by the department
  {
    const s2 = await draftThroughUnit(as, 'jiaoyu.staff', 'jiaoyu.head', {
      kind: 'DEPARTMENT',
      title: '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知',
      body: '各有关申请人：现将2026年下半年中小学教师资格认定有关事项通知如下……',
      disclosureAttribute: 'ON_APPLICATION',
      attributeReason: 'SPECIFIC_APPLICANTS',
      attributeBasis: '《中华人民共和国政府信息公开条例》第二十七条',
    });
    // number 1 of the year belongs to the enrolment notice (issued 20 days ago, see interpretation.seed.ts)
    const issued = addDays(today, -12);
    await docs.issueDocument(await as('jiaoyu.staff'), s2.id, s2.version, issued, issued.slice(0, 4) === addDays(today, -20).slice(0, 4) ? 2 : null);
  }
  // 2. a government-office document from civil affairs, reviewed and forwarded to the Document Section
  {
    const s2 = await draftThroughUnit(as, 'minzheng.staff', 'minzheng.head', {
      kind: 'GOVERNMENT_OFFICE',
      title: '朝阳市人民政府办公室关于进一步做好困难群众基本生活保障工作的通知',
      body: '为切实保障困难群众基本生活，现就有关工作通知如下……',
      addressees: '各县（市）区人民政府，市政府有关部门：',
      wideScope: true,
      disclosureAttribute: 'PROACTIVE',
    });
    await docs.reviewDocument(await as('gongkaiban'), s2.id, s2.version, {
      interpretationNeeded: true,
      interpretationScope: '困难群众及基层民政工作人员',
      interpretationForms: ['INTERVIEW_PROGRAM', 'WECHAT'],
    });
  }
  // 3. returned by the Disclosure Office (退文)
  {
    const s2 = await draftThroughUnit(as, 'minzheng.staff', 'minzheng.head', {
      kind: 'GOVERNMENT',
      title: '朝阳市人民政府关于调整城乡居民最低生活保障标准的通知',
      body: '经市政府同意，自2027年1月1日起调整全市城乡居民最低生活保障标准……',
      disclosureAttribute: 'ON_APPLICATION',
      attributeReason: 'PROCESS_INFORMATION',
      attributeBasis: '《中华人民共和国政府信息公开条例》第十六条',
    });
    await docs.returnDocument(await as('gongkaiban'), s2.id, s2.version, {
      reason: '低保标准调整与群众利益密切相关，应主动公开；请重新认定公开属性，并补充解读方案和解读材料。',
    });
  }
  // 4. not to be disclosed: waiting for the unit's disclosure officer
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
  // 5. a draft whose attribute is not fixed yet
  {
    const staff = await as('jiaoyu.staff');
    await docs.createDocument(staff, {
      kind: 'DEPARTMENT',
      title: '关于加强中小学课后服务工作的指导意见（征求意见稿）',
      body: '为进一步做好中小学课后服务工作，减轻家长负担……',
      closeToPublic: true,
    });
  }
  // 6. waiting for the head's sign-off, and signed off waiting to be numbered by the department
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
  // 7. issued by the Document Section with an interpretation still unpublished past its deadline
  //    (drafted, reviewed and issued on the story's days: its to-dos opened then)
  {
    const s2 = await atStoryTime(addDays(today, -14), () =>
      draftThroughUnit(as, 'minzheng.staff', 'minzheng.head', {
        kind: 'GOVERNMENT',
        title: '朝阳市人民政府关于进一步加强社会救助工作的意见',
        body: '各县（市）区人民政府，市政府各部门，市直各单位：为进一步加强社会救助工作，兜住兜牢民生底线，提出如下意见……',
        addressees: '各县（市）区人民政府，市政府各部门，市直各单位：',
        wideScope: true,
        disclosureAttribute: 'PROACTIVE',
      }),
    );
    const s3 = await atStoryTime(addDays(today, -12), async () =>
      docs.reviewDocument(await as('gongkaiban'), s2.id, s2.version, {
        interpretationNeeded: true,
        interpretationScope: '社会救助对象和基层工作人员',
        interpretationForms: ['PRESS_CONFERENCE', 'INFOGRAPHIC'],
      }),
    );
    await atStoryTime(addDays(today, -10), async () => docs.issueDocument(await as('wendianke'), s3.id, s3.version, addDays(today, -10)));
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
