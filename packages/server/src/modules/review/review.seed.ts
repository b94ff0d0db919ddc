import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import type { Ctx } from '../../common/context.js';
import { atStoryTime, today } from '../../common/clock.js';
import { demoActors, demoUnitId } from '../organisation/organisation.seed.js';
import * as docs from '../documents/documents.service.js';
import * as svc from './review.service.js';
import { ReviewItem, ReviewReport } from './review.entities.js';

type As = ReturnType<typeof demoActors>;

/** A document of the education bureau not to be disclosed, taken through the unit and issued on `issueDate`. */
async function issuedNotDisclosed(as: As, title: string, body: string, issueDate: string) {
  const d = await docs.createDocument(await as('jiaoyu.staff'), {
    kind: 'DEPARTMENT',
    title,
    body,
    disclosureAttribute: 'NOT_DISCLOSED',
    attributeReason: 'PROCESS_INFORMATION',
    attributeBasis: '《中华人民共和国政府信息公开条例》第十六条第二款',
  });
  const s = await docs.submitDocument(await as('jiaoyu.staff'), d.id, d.version);
  const a = await docs.approveDocumentAttribute(await as('jiaoyu.gk'), d.id, s.version);
  const h = await docs.signOffDocument(await as('jiaoyu.head'), d.id, a.version);
  return docs.issueDocument(await as('jiaoyu.staff'), d.id, h.version, issueDate);
}

async function reportOf(ctx: Ctx, campaignId: string, unitKey: string) {
  const all = await svc.listReports(ctx, { campaignId });
  return all.find((x) => x.unit.id === demoUnitId(unitKey))!;
}

/** Decide every item of a report with `outcome` for one document and 维持 for the rest. */
async function decideAll(ctx: Ctx, report: ReviewReport, decide: (i: ReviewItem) => [Parameters<typeof svc.decideItem>[3], string]) {
  for (const item of await svc.reportItems(ctx, report.id)) {
    const [outcome, reason] = decide(item);
    await svc.decideItem(ctx, item.id, item.version, outcome, reason);
  }
}

/**
 * Last year's review finished (the education bureau converted a document to proactive; a spot check of
 * the decided items, its rectification verified), and this year's in progress, made through the real flow.
 * Last year's steps run on the story's days they happened (opened on 1 November, the reports signed off
 * on 20 December, the spot check in January, the rectification verified in February).
 */
export async function seedReview(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const day = today();
  const year = Number(day.slice(0, 4));
  const last = year - 1;

  // last year: a notice the bureau kept undisclosed, reviewed and converted
  await atStoryTime(`${last}-06-18`, () =>
    issuedNotDisclosed(
      as,
      `朝阳市教育局关于${last}年度民办学校年度检查结果的通报`,
      `各县（市）区教育局，各民办学校：根据${last}年度民办学校年度检查工作安排，现将检查结果通报如下……`,
      `${last}-06-18`,
    ),
  );
  const lastCampaign = await atStoryTime(`${last}-11-01`, async () => svc.openCampaign(await as('gongkaiban'), last));
  const signedOff = new Date(`${last}-12-20T10:00:00+08:00`);
  await atStoryTime(signedOff, async () => {
    const staff = await as('jiaoyu.staff');
    const r = await reportOf(staff, lastCampaign.id, 'education');
    await decideAll(staff, r, (i) =>
      i.title.includes('民办学校年度检查结果')
        ? ['CONVERT_TO_PROACTIVE', '检查结果涉及群众择校，关注度高，不涉及国家秘密和个人隐私，可以主动公开。']
        : i.classified
          ? ['KEEP', '属于国家秘密，保密期限未满，维持不予公开。']
          : ['KEEP', '维持原公开属性。'],
    );
    const u = await svc.updateReport(staff, r.id, r.version, {
      situation: `本局对${last}年度不予公开的文件逐件进行了审查，其中1件转为主动公开。`,
      workSummary: `${last}年本局认真落实政务公开各项制度，严格公开属性源头认定，全年未发生应公开未公开的情形。`,
    });
    const s = await svc.submitReport(staff, r.id, u.version);
    await svc.signOffReport(await as('jiaoyu.head'), r.id, s.version);
  });
  await atStoryTime(signedOff, async () => {
    const staff = await as('minzheng.staff');
    const r = await reportOf(staff, lastCampaign.id, 'civil');
    await decideAll(staff, r, () => ['KEEP', '涉及困难群众个人信息，维持原公开属性。']);
    const u = await svc.updateReport(staff, r.id, r.version, {
      situation: `本局${last}年度无不予公开的政策性文件，依申请公开的信息均已按期答复。`,
      workSummary: `${last}年本局主动公开社会救助、养老服务等信息，做到应公开尽公开。`,
    });
    const s = await svc.submitReport(staff, r.id, u.version);
    await svc.signOffReport(await as('minzheng.head'), r.id, s.version);
  });
  {
    // this year's January and February: a spot check and its rectification; the campaign closed on 20 January
    const office = await as('gongkaiban');
    const check = await atStoryTime(new Date(`${year}-01-08T09:30:00+08:00`), async () => {
      const drawn = await svc.drawSpotCheck(office, lastCampaign.id, {
        method: 'ITEMS',
        sampleSize: 1,
        seed: `${last}年度抽查`,
        note: '按随机种子抽取已作出审查结论的事项1项。',
      });
      return svc.recordFindings(await as('gongkaiban'), drawn.id, drawn.version, '抽查事项已转为主动公开，但门户网站上未同步发布解读材料。');
    });
    const r = await atStoryTime(`${year}-01-10`, async () =>
      svc.orderRectification(await as('gongkaiban'), check.id, {
        unitId: check.sampledUnitIds[0]!,
        finding: '转为主动公开的文件未同步发布解读材料',
        requirement: '补充发布解读材料，并建立转为主动公开文件的解读工作机制。',
        dueOn: `${year}-02-28`,
      }),
    );
    const reported = await atStoryTime(`${year}-02-20`, async () =>
      svc.reportRectification(
        await as('jiaoyu.staff'),
        r.id,
        r.version,
        '已在门户网站“政策解读”栏目补充发布图解，并在局内明确转为主动公开的文件同步解读。',
      ),
    );
    await atStoryTime(`${year}-02-26`, async () => svc.verifyRectification(await as('gongkaiban'), r.id, reported.version));
    await atStoryTime(`${year}-01-20`, async () => {
      const c = await svc.getCampaign(await as('gongkaiban'), lastCampaign.id);
      await svc.closeCampaign(await as('gongkaiban'), c.id, c.version);
    });
  }

  // this year: a notice kept undisclosed, waiting for the bureau's review
  await issuedNotDisclosed(
    as,
    `朝阳市教育局关于${year}年度中小学校舍安全隐患排查情况的通报`,
    '各县（市）区教育局，市直各学校：现将本年度中小学校舍安全隐患排查情况通报如下……',
    addDays(day, -40) < `${year}-01-01` ? day : addDays(day, -40),
  );
  const campaign = await svc.openCampaign(await as('gongkaiban'), year);
  {
    // the bureau has decided the classified one so far
    const staff = await as('jiaoyu.gk');
    const r = await reportOf(staff, campaign.id, 'education');
    for (const item of await svc.reportItems(staff, r.id)) {
      if (item.classified) await svc.decideItem(staff, item.id, item.version, 'KEEP', '属于国家秘密，维持不予公开。');
    }
  }
  {
    // civil affairs has written its report and waits for its head
    const staff = await as('minzheng.staff');
    const r = await reportOf(staff, campaign.id, 'civil');
    await decideAll(staff, r, () => ['KEEP', '维持原公开属性。']);
    const u = await svc.updateReport(staff, r.id, r.version, {
      situation: `本局${year}年度不予公开和依申请公开的信息已逐项审查。`,
      workSummary: `${year}年本局严格执行公开属性源头认定，主动公开社会救助政策文件。`,
    });
    await svc.submitReport(staff, r.id, u.version);
  }
}
