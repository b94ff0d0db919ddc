import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, type ApplicantKind, type IdProofKind, type ReplyType, type RequestChannel } from '@gongkai/shared';
import type { AppConfig } from '../../config.js';
import { contextAs } from '../../common/seed-context.js';
import { AppError, CommonError } from '../../common/errors.js';
import { demoActors, demoUnitId } from '../organisation/organisation.seed.js';
import { atStoryTime, today } from '../../common/clock.js';
import type { DisclosureRequest } from './requests.entities.js';
import * as svc from './requests.service.js';

interface Applicant {
  applicantKind: ApplicantKind;
  applicantName: string;
  idProofKind: IdProofKind;
  idProofNumber: string;
  contactPerson?: string;
  phone?: string;
  email?: string;
  postalAddress?: string;
}
const PERSON = (name: string, id: string, phone: string): Applicant => ({
  applicantKind: 'NATURAL_PERSON',
  applicantName: name,
  idProofKind: 'ID_CARD',
  idProofNumber: id,
  phone,
  postalAddress: '辽宁省朝阳市双塔区朝阳大街1号',
});
const ORG = (kind: ApplicantKind, name: string, code: string, person: string, phone: string): Applicant => ({
  applicantKind: kind,
  applicantName: name,
  idProofKind: 'CREDIT_CODE',
  idProofNumber: code,
  contactPerson: person,
  phone,
  email: 'gongkai.demo@example.cn',
  postalAddress: '辽宁省朝阳市龙城区新华路8号',
});

/**
 * Requests through the real flow: last year's, with every outcome kind (and one carried over into
 * this year), and this year's in each state. Each step runs on the story's day it names (its to-dos
 * opened and done then). Requests whose clock would run into a year the calendar does not cover
 * yet are left out (their deadlines are refused, not guessed).
 */
export async function seedRequests(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const year = Number(today().slice(0, 4));
  const last = year - 1;
  const [doc] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from policy_document where title = ? limit 1`, [
      '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知',
    ]);

  const register = async (
    who: string,
    unit: string,
    applicant: Applicant,
    channel: RequestChannel,
    receivedOn: string,
    items: { description: string; documentId?: string | null }[],
  ) =>
    atStoryTime(receivedOn, async () =>
      svc.registerRequest(await as(who), {
        unitId: demoUnitId(unit),
        ...applicant,
        items,
        channel,
        receivedOn,
        informationForm: 'ELECTRONIC',
        deliveryMethod: applicant.email ? 'EMAIL' : 'POST',
      }),
    );
  const reply = async (who: string, r: DisclosureRequest, outcomes: [ReplyType, string | null, string | null][], text: string, on: string, fee = 0) =>
    atStoryTime(on, async () =>
      svc.replyRequest(await as(who), r.id, r.version, {
        outcomes: r.items.getItems().map((i, n) => ({ itemId: i.id, outcome: outcomes[n]![0], reason: outcomes[n]![1], note: outcomes[n]![2] })),
        reply: text,
        replyNumber: null,
        fee,
        on,
      }),
    );
  const deliver = async (who: string, r: DisclosureRequest, on: string) =>
    atStoryTime(on, async () => svc.deliverRequest(await as(who), r.id, r.version, { method: r.deliveryMethod, on }));
  /** A demo request whose deadline reaches an uncovered year is skipped. */
  const live = async (make: () => Promise<unknown>) => {
    try {
      await make();
    } catch (e) {
      if (!(e instanceof AppError && e.extensions.code === CommonError.CALENDAR_NOT_COVERED)) throw e;
    }
  };

  // ——— last year: every outcome kind ———
  const d = (md: string) => `${last}-${md}`;
  {
    const r = await register('jiaoyu.gk', 'education', PERSON('张明', '211302198503120017', '13904210001'), 'IN_PERSON', d('03-10'), [
      { description: '朝阳市2024年义务教育阶段学校招生计划' },
    ]);
    const a = await reply('jiaoyu.gk', r, [['DISCLOSED', null, '随本答复书提供电子文本。']], '现将您申请的信息随本答复书提供。', d('03-24'));
    await deliver('jiaoyu.gk', a, d('03-25'));
  }
  {
    const r = await register(
      'jiaoyu.gk',
      'education',
      ORG('BUSINESS', '朝阳市启航教育咨询有限公司', '91211300MA0XXXXX1K', '王经理', '0421-2810001'),
      'LETTER',
      d('04-08'),
      [{ description: '2024年市教育局校外培训机构检查结果' }, { description: '被检查机构的财务审计底稿' }],
    );
    const p = await atStoryTime(d('04-15'), async () =>
      svc.consultRequestThirdParty(await as('jiaoyu.gk'), r.id, r.version, { thirdParty: '被检查的三家培训机构', on: d('04-15') }),
    );
    const q = await atStoryTime(d('04-29'), async () => svc.resumeRequestFromThirdParty(await as('jiaoyu.gk'), p.id, p.version, { on: d('04-29') }));
    const a = await reply(
      'jiaoyu.gk',
      q,
      [
        ['DISCLOSED', null, null],
        ['NOT_DISCLOSED', 'THIRD_PARTY_RIGHTS', '第三方不同意公开，且涉及其商业秘密。'],
      ],
      '第1项予以公开；第2项涉及第三方商业秘密，经征求第三方意见，第三方不同意公开，不予公开。',
      d('05-20'),
    );
    await deliver('jiaoyu.gk', a, d('05-22'));
  }
  {
    const r = await register('gongkaiban', 'city', PERSON('李华', '211302199001015511', '13904210002'), 'EMAIL', d('05-06'), [
      { description: '市政府常务会议研究城区供暖价格调整的讨论记录' },
    ]);
    const a = await reply(
      'gongkaiban',
      r,
      [['NOT_DISCLOSED', 'PROCESS_INFORMATION', '属于行政机关在履行行政管理职能过程中形成的讨论记录。']],
      '依据《中华人民共和国政府信息公开条例》第十六条第二款，不予公开。',
      d('05-27'),
    );
    await deliver('gongkaiban', a, d('05-28'));
  }
  {
    const r = await register(
      'jiaoyu.gk',
      'education',
      ORG('LEGAL_SERVICE', '辽宁朝阳正明律师事务所', '31210000MD0XXXXX2P', '陈律师', '0421-2810002'),
      'LETTER',
      d('06-02'),
      [{ description: '2010年某民办学校设立审批的全部档案' }],
    );
    const a = await reply(
      'jiaoyu.gk',
      r,
      [['CANNOT_PROVIDE', 'NOT_HELD', '经检索，本机关未制作、获取该信息。']],
      '经检索，本机关不掌握该信息。',
      d('06-20'),
    );
    await deliver('jiaoyu.gk', a, d('06-23'));
  }
  {
    const r = await register('jiaoyu.gk', 'education', PERSON('张明', '211302198503120017', '13904210001'), 'IN_PERSON', d('07-01'), [
      { description: '朝阳市2024年义务教育阶段学校招生计划' },
    ]);
    const a = await reply(
      'jiaoyu.gk',
      r,
      [['NOT_PROCESSED', 'REPEATED', '本机关已于3月24日就同一内容作出答复。']],
      '申请人重复申请同一信息，本机关不再重复处理。',
      d('07-08'),
    );
    await deliver('jiaoyu.gk', a, d('07-09'));
  }
  {
    const r = await register(
      'gongkaiban',
      'city',
      ORG('RESEARCH', '朝阳市社会科学研究院', '12211300MB0XXXXX3Q', '赵研究员', '0421-2810003'),
      'FAX',
      d('08-04'),
      [{ description: '有关城市发展的资料' }],
    );
    const c = await atStoryTime(d('08-06'), async () =>
      svc.askRequestCorrection(await as('gongkaiban'), r.id, r.version, {
        text: '申请内容不明确，请写明所需信息的名称、文号或者便于查询的其他特征性描述。',
        dueOn: d('08-25'),
        on: d('08-06'),
      }),
    );
    const e = await atStoryTime(d('08-26'), async () => svc.endUncorrectedRequest(await as('gongkaiban'), c.id, c.version, { on: d('08-26') }));
    await deliver('gongkaiban', e, e.repliedOn!);
  }
  {
    const r = await register('jiaoyu.gk', 'education', PERSON('周丽', '211302198812123324', '13904210004'), 'ORDINARY_LETTER', d('09-01'), [
      { description: '朝阳市教育局2024年部门预算' },
    ]);
    const y = await atStoryTime(d('09-25'), async () => {
      const x = await svc.requestRequestExtension(await as('jiaoyu.gk'), r.id, r.version, {
        days: 10,
        reason: '所需信息涉及多个科室，需要汇总整理',
        on: d('09-25'),
      });
      return svc.approveRequestExtension(await as('jiaoyu.head'), x.id, x.version, {});
    });
    const a = await reply(
      'jiaoyu.gk',
      y,
      [['ALREADY_PUBLIC', null, '已在朝阳市人民政府网站“政府信息公开—财政信息”栏目公开。']],
      '您申请的信息已主动公开，可通过以下途径获取。',
      d('10-09'),
    );
    await deliver('jiaoyu.gk', a, d('10-10'));
  }
  // received late last year, replied this year: carried over
  await live(async () => {
    const r = await register(
      'gongkaiban',
      'city',
      ORG('PUBLIC_INTEREST', '朝阳市绿色家园环保志愿者协会', '51211300MJ0XXXXX4R', '孙会长', '0421-2810004'),
      'LETTER',
      d('12-22'),
      [{ description: '大凌河城区段水质监测数据' }],
    );
    const on = [`${year}-01-12`, today()].sort()[0]!;
    const a = await reply('gongkaiban', r, [['PARTLY_DISCLOSED', null, '公开月度监测结果，原始记录涉及执法案卷，不予提供。']], '部分公开。', on);
    await deliver('gongkaiban', a, on);
  });

  // ——— this year ———
  const t = today();
  // three requests for the same document: it is proposed for conversion to proactive disclosure
  for (const [n, p] of [
    PERSON('吴强', '211302199203033312', '13904210005'),
    PERSON('郑芳', '211302199405054428', '13904210006'),
    PERSON('冯军', '211302199607071116', '13904210007'),
  ].entries()) {
    await live(async () => {
      const r = await register('jiaoyu.gk', 'education', p, 'IN_PERSON', addDays(t, -(9 - n)), [
        { description: '教师资格认定有关事项的通知', documentId: doc?.id ?? null },
      ]);
      if (n < 2) {
        const a = await reply('jiaoyu.gk', r, [['DISCLOSED', null, null]], '现将该通知随本答复书提供。', addDays(t, -(5 - n)));
        if (n === 0) await deliver('jiaoyu.gk', a, t);
      }
    });
  }
  // online, waiting to be confirmed
  await svc.submitRequest(await contextAs(em.fork(), config, null), {
    unitId: demoUnitId('education'),
    ...PERSON('陈晨', '211302200001016617', '13904210008'),
    items: [{ description: '本市2026年普通高中招生录取分数线及各校招生计划' }],
    informationForm: 'ELECTRONIC',
    deliveryMethod: 'ONLINE',
    idempotencyKey: 'demo-request-submitted',
  });
  // waiting for the applicant's correction
  await live(async () => {
    const r = await register('jiaoyu.gk', 'education', PERSON('韩梅', '211302198706064421', '13904210009'), 'IN_PERSON', addDays(t, -4), [
      { description: '学校的有关文件' },
    ]);
    await svc.askRequestCorrection(await as('jiaoyu.gk'), r.id, r.version, {
      text: '请写明所需文件的名称、文号或者发文时间等特征性描述。',
      dueOn: addDays(t, 14),
      on: t,
    });
  });
  // a third party consulted, and an extension waiting for the head
  await live(async () => {
    const r = await register(
      'gongkaiban',
      'city',
      ORG('BUSINESS', '朝阳市宏达建筑工程有限公司', '91211300MA0XXXXX5T', '刘经理', '0421-2810005'),
      'LETTER',
      addDays(t, -10),
      [{ description: '某棚户区改造项目招标评标报告' }],
    );
    await atStoryTime(addDays(t, -3), async () =>
      svc.consultRequestThirdParty(await as('gongkaiban'), r.id, r.version, { thirdParty: '中标单位及其他投标人', on: addDays(t, -3) }),
    );
  });
  await live(async () => {
    const r = await register(
      'jiaoyu.gk',
      'education',
      ORG('OTHER_ORG', '朝阳市双塔区家长委员会联合会', '53211300MK0XXXXX6U', '林主任', '0421-2810006'),
      'EMAIL',
      addDays(t, -15),
      [{ description: '全市中小学食堂食品安全检查情况' }],
    );
    await svc.requestRequestExtension(await as('jiaoyu.gk'), r.id, r.version, { days: 15, reason: '涉及全市各校的检查记录，需要逐校汇总核实' });
  });
}
