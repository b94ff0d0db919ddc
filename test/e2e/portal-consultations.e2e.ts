/**
 * Public portal, 意见征集, end to end with the demo data: the open topic (with its shortened window
 * and its reason) is listed under 征集中 and the notice's own 2017 consultation under 已结束; a
 * citizen submits an opinion and gets a receipt code; a double click and a retry after a lost
 * answer store the opinion once (one idempotency key per filled form); a too-short opinion is
 * refused next to its field, whether the page or the server refuses it; the receipt code finds
 * the opinion; the 2017 topic shows its summary, each opinion's answer and the rates with the
 * counts they come from. No serious or critical axe-core violation at desktop and phone sizes.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-consult-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import {
  absoluteUrl,
  fetchGraphql,
  heading,
  horizontalOverflow,
  launchChromium,
  listedTitles,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  screenshotPath,
  screenshotter,
  seriousViolations,
} from './support.js';

// ——— the demo data (consultation.seed.ts) ———
/** Open now, a major administrative decision with a window shortened to 20 days, three opinions. */
const OPEN_TITLE = '朝阳市普惠性幼儿园认定和扶持办法（征求意见稿）';
const OPEN_REASON = '为赶在2027年春季学期前实施，征求意见时限缩短为20日，特此说明。';
const OPEN_OPINIONS = ['建议普惠性幼儿园收费标准每年公布一次。', '希望扶持资金向农村幼儿园倾斜。', '认定条件中的师生比要求是否可以分城乡设置？'];
/** The notice's own consultation: 2017-03-28 to 2017-04-10, 4 opinions by letter and e-mail, results published. */
const NOTICE_TITLE = '《关于建立政务公开工作制度的通知（征求意见稿）》公开征求意见';
const NOTICE_SUMMARY = '征求意见期间共收到信函和电子邮件意见4条，其中合理意见3条，采纳2条、部分采纳1条，均已逐条答复。';
const NOTICE_RECEIPT = 'YJ20170330-HIST01';
/** Approved but not yet published by the E-Government Center, and still in the unit's hands: never shown. */
const NEVER_SHOWN = [
  '朝阳市校园周边交通安全管理规定（草案）',
  '朝阳市中小学课后服务收费管理办法（草案）',
  '朝阳市义务教育学校划片招生实施细则（草案）',
  '朝阳市学前教育发展规划（2026—2030年）（草案）',
];

let browser: Browser;
let openId: string;
let noticeId: string;
/** The receipt of the opinion submitted in the test below, for the lookup. */
let submitted: { code: string; content: string } | null = null;

/** The opinions the server holds publicly for a topic (what the page should show). */
async function serverOpinions(id: string) {
  const { publicConsultation } = await fetchGraphql<{ publicConsultation: { opinions: { content: string }[] } }>(
    'query ($id: ID!) { publicConsultation(id: $id) { opinions { content } } }',
    { id },
  );
  return publicConsultation.opinions.map((o) => o.content);
}

beforeAll(async () => {
  const { open, closed } = await fetchGraphql<{
    open: { items: { id: string; title: string }[] };
    closed: { items: { id: string; title: string }[] };
  }>(
    `{ open: publicConsultations(phase: OPEN, pageSize: 100) { items { id title } }
       closed: publicConsultations(phase: CLOSED, pageSize: 100) { items { id title } } }`,
  );
  const openTopic = open.items.find((t) => t.title === OPEN_TITLE);
  const notice = closed.items.find((t) => t.title === NOTICE_TITLE);
  if (!openTopic || !notice) throw new Error('the demo consultations are not published');
  openId = openTopic.id;
  noticeId = notice.id;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-consult', { fullPage: true });

/** Waits until the list of topics has its result: the tab's count said, or its empty state. */
async function settled(page: Page, phase: 'open' | 'upcoming' | 'closed') {
  const said = {
    open: ['正在征集意见的议题共', '暂无正在征集意见的议题'],
    upcoming: ['即将开始征集的议题共', '暂无即将开始征集意见的议题'],
    closed: ['已结束征集的议题共', '暂无已结束征集的议题'],
  }[phase];
  await page.waitForFunction((said) => {
    const main = document.querySelector('main')?.textContent ?? '';
    return !document.querySelector('[aria-busy="true"]') && said.some((s) => main.includes(s));
  }, said);
}

const opinionItems = (page: Page) => page.locator('main ol.opinions > li');

/** Whether a request is the opinion form's submission. */
function isSubmission(request: Request) {
  return request.method() === 'POST' && (request.postData() ?? '').includes('submitOpinion');
}

describe('意见征集 on the portal', () => {
  it('lists the open topic under 征集中 and the 2017 consultation under 已结束, each with its facts', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/consultations'), { waitUntil: 'networkidle' });
      await heading(page, '意见征集');
      await settled(page, 'open');
      const tabs = page.getByRole('navigation', { name: '按征集状态查看议题' });
      expect((await tabs.locator('[aria-current="page"]').textContent())?.trim()).toMatch(/^征集中/);
      let titles = await listedTitles(page);
      expect(titles).toContain(OPEN_TITLE);
      expect(titles).not.toContain(NOTICE_TITLE);
      for (const title of NEVER_SHOWN) expect(titles).not.toContain(title);

      // Title, phase, window, undertaking unit and category.
      const item = page.locator('main .doc-item', { hasText: OPEN_TITLE });
      const text = (await item.textContent()) ?? '';
      expect(await item.locator('.tag').allTextContents()).toEqual(['征集中']);
      expect(text).toMatch(/征集时间：\d{4}年\d{1,2}月\d{1,2}日至(\d{4}年)?\d{1,2}月\d{1,2}日/);
      expect(text).toContain('承办单位：朝阳市教育局');
      expect(text).toContain('议题类别：重大行政决策：重大公共政策和措施');
      await shot(page, 'list-open-desktop');

      // 即将开始: the demo topic published before its window opens (other e2e files may have published
      // topics of their own that open later: the list holds the demo's, and no open one)
      await tabs.getByRole('link', { name: /^即将开始/ }).click();
      await page.waitForURL(/phase=upcoming/);
      await settled(page, 'upcoming');
      titles = await listedTitles(page);
      expect(titles).toContain('朝阳市中小学校园食品安全管理办法（征求意见稿）');
      expect(titles).not.toContain(OPEN_TITLE);
      expect((await tabs.locator('[aria-current="page"]').textContent())?.trim()).toMatch(/^即将开始/);

      // 已结束: the notice's own consultation, with its results published.
      await tabs.getByRole('link', { name: /^已结束/ }).click();
      await page.waitForURL(/phase=closed/);
      await settled(page, 'closed');
      titles = await listedTitles(page);
      expect(titles).toContain(NOTICE_TITLE);
      expect(titles).not.toContain(OPEN_TITLE);
      const notice = page.locator('main .doc-item', { hasText: NOTICE_TITLE });
      expect(await notice.locator('.tag').allTextContents()).toEqual(['已结束', '已公布结果']);
      const noticeText = (await notice.textContent()) ?? '';
      expect(noticeText).toContain('征集时间：2017年3月28日至4月10日');
      expect(noticeText).toContain('承办单位：朝阳市政务公开办公室');
      expect(noticeText).toContain('议题类别：政策性文件');
      await shot(page, 'list-closed-desktop');

      // The tab is in the address: opened afresh, it shows the same list.
      const other = await context.newPage();
      await other.goto(page.url(), { waitUntil: 'networkidle' });
      await settled(other, 'closed');
      expect(await listedTitles(other)).toContain(NOTICE_TITLE);
      await other.close();

      // To the topic, with the focus on its heading after the page change.
      await page.getByRole('link', { name: NOTICE_TITLE, exact: true }).click();
      await page.waitForURL(absoluteUrl(`/consultations/${noticeId}`));
      expect(await heading(page, NOTICE_TITLE)).toBe(NOTICE_TITLE);
      await page.waitForFunction((title) => document.activeElement?.textContent?.trim() === title, NOTICE_TITLE);
      expect(await page.title()).toContain(NOTICE_TITLE);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the open topic shows its materials, its window with the published reason and the opinions', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/consultations/${openId}`), { waitUntil: 'networkidle' });
      expect(await heading(page, OPEN_TITLE)).toBe(OPEN_TITLE);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(await page.locator('main .topic-status .tag').allTextContents()).toEqual(['征集中']);
      expect(main).toMatch(/正在征集意见，截止到\d{4}年\d{1,2}月\d{1,2}日/);
      expect(main).toContain('（共20日）');
      expect(await page.locator('main .callout').textContent()).toContain(OPEN_REASON);
      for (const name of ['草案', '决策依据', '起草说明', '听证会、民意调查和座谈会', '提出意见', '公众意见']) {
        expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
      }
      expect(main).toContain('《中华人民共和国教育法》；《辽宁省学前教育条例》');
      expect(main).toContain('本议题没有安排听证会、民意调查或座谈会。');
      // The results are not published while the window is open: no answers, no rates.
      expect(await page.getByRole('heading', { name: '征集结果' }).count()).toBe(0);
      expect(await page.locator('main .answer').count()).toBe(0);
      const contents = (await page.locator('main .opinion__content').allTextContents()).map((t) => t.trim());
      for (const o of OPEN_OPINIONS) expect(contents).toContain(o);
      // The privacy note next to the form.
      expect(await page.locator('main .privacy').textContent()).toContain('联系方式只有办理本议题的承办单位可以看到');

      // The link at the top leads to the form.
      await page.getByRole('link', { name: '我要提出意见' }).click();
      await page.waitForURL(/#topic-form$/);
      expect(await page.getByRole('heading', { name: '提出意见' }).isVisible()).toBe(true);
      expect(await page.locator('#opinion-content').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a too-short opinion next to its field, from the page and from the server', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/consultations/${openId}`), { waitUntil: 'networkidle' });
      await heading(page, OPEN_TITLE);
      const before = await opinionItems(page).count();
      const content = page.getByLabel('意见内容（必填）');
      const submit = page.getByRole('button', { name: '提交意见' });

      // The page refuses it before sending anything.
      const sent: string[] = [];
      page.on('request', (r) => {
        if (isSubmission(r)) sent.push(r.postData() ?? '');
      });
      await content.fill('好');
      await submit.click();
      const error = page.locator('#opinion-content-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('意见内容至少5个字');
      expect(await content.getAttribute('aria-invalid')).toBe('true');
      expect((await content.getAttribute('aria-describedby'))?.split(' ')).toContain('opinion-content-error');
      // The summary above the form takes the focus and links to the field.
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
      expect(await page.locator('main .error-summary').textContent()).toContain('意见没有提交');
      expect(sent).toEqual([]);
      await shot(page, 'form-error-desktop');
      await page.locator('main .error-summary a').click();
      await page.waitForFunction(() => document.activeElement?.id === 'opinion-content');

      // The server refuses it too (the content rewritten on the way): the same place, in words.
      await page.route('**/graphql', async (route) => {
        const request = route.request();
        if (!isSubmission(request)) return route.continue();
        const body = JSON.parse(request.postData() ?? '{}');
        body.variables.input.content = '太短';
        return route.continue({ postData: JSON.stringify(body) });
      });
      await content.fill('这条意见足够长，但在路上被改短了。');
      await submit.click();
      await page.waitForFunction(() => document.querySelector('#opinion-content-error')?.textContent?.includes('意见内容'));
      expect(await error.textContent()).toMatch(/意见内容/);
      expect(sent).toHaveLength(1);
      await page.unroute('**/graphql');

      // Nothing was stored.
      expect(await serverOpinions(openId)).toHaveLength(before);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a citizen submits an opinion and gets a receipt code; a double click or a retry stores it once', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/consultations/${openId}`), { waitUntil: 'networkidle' });
      await heading(page, OPEN_TITLE);
      const before = await opinionItems(page).count();
      expect(before).toBe((await serverOpinions(openId)).length);

      // Every submission and the key it carries.
      const keys: string[] = [];
      page.on('request', (r) => {
        if (isSubmission(r)) keys.push(JSON.parse(r.postData() ?? '{}').variables.input.idempotencyKey);
      });

      // The first answer is lost on the way back: the server has stored the opinion, the page
      // only sees a broken connection.
      let lose = true;
      await page.route('**/graphql', async (route) => {
        if (!isSubmission(route.request()) || !lose) return route.continue();
        lose = false;
        await route.fetch();
        await route.abort('connectionreset');
      });

      const first = `建议在认定办法中写明普惠性幼儿园的退出机制和过渡安排。（${Date.now()}）`;
      await page.getByLabel('意见内容（必填）').fill(first);
      await page.getByLabel('姓名（选填）').fill('李市民');
      await page.getByLabel('联系方式（选填）').fill('13800000000');
      // A double click sends it once; the second click is ignored while the first is on its way.
      await page.getByRole('button', { name: '提交意见' }).dblclick();
      const summary = page.locator('main .error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('网络连接中断');
      // What was typed is still there for the retry.
      expect(await page.getByLabel('意见内容（必填）').inputValue()).toBe(first);
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('portal-consult-network-error-desktop') });
      expect(await serverOpinions(openId)).toHaveLength(before + 1);

      // The citizen tries again: the same key returns the first receipt; nothing new is stored.
      await page.getByRole('button', { name: '提交意见' }).click();
      const receipt = page.locator('main .receipt');
      await receipt.waitFor();
      const code = ((await receipt.locator('.receipt__code').textContent()) ?? '').trim();
      expect(code).toMatch(/^YJ\d{8}-[A-Z2-9]{6}$/);
      await page.waitForFunction(() => document.activeElement?.textContent?.trim() === '您的意见已提交');
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

      // The page shows the opinion once, signed with the name, without the contact.
      await page.waitForFunction(
        (n) => document.querySelectorAll('main ol.opinions > li').length === n && !document.querySelector('[aria-busy="true"]'),
        before + 1,
      );
      expect(await opinionItems(page).count()).toBe(before + 1);
      expect((await serverOpinions(openId)).filter((c) => c === first)).toHaveLength(1);
      const mine = opinionItems(page).filter({ hasText: first });
      expect(await mine.count()).toBe(1);
      expect(await mine.textContent()).toContain('李市民');
      expect(await page.locator('main').textContent()).not.toContain('13800000000');
      // The form is empty again, for another opinion.
      expect(await page.getByLabel('意见内容（必填）').inputValue()).toBe('');
      expect(await page.locator('main .error-summary').count()).toBe(0);
      await shot(page, 'receipt-desktop');
      submitted = { code, content: first };

      // Another opinion from the same page: a new key, a new receipt; a double click stores it once.
      await page.unroute('**/graphql');
      const second = `建议公布每所普惠性幼儿园获得的扶持资金数额。（${Date.now()}）`;
      await page.getByLabel('意见内容（必填）').fill(second);
      // the calls on the wire: a second submission, if the double click sent one, is among them until answered
      let inFlight = 0;
      const settle = (r: Request) => r.url().endsWith('/graphql') && inFlight--;
      page.on('request', (r) => r.url().endsWith('/graphql') && inFlight++);
      page.on('requestfinished', settle);
      page.on('requestfailed', settle);
      await page.getByRole('button', { name: '提交意见' }).dblclick();
      await page.waitForFunction((old) => {
        const c = document.querySelector('main .receipt__code')?.textContent?.trim();
        return !!c && c !== old;
      }, code);
      await page.waitForFunction(
        (n) => document.querySelectorAll('main ol.opinions > li').length === n && !document.querySelector('[aria-busy="true"]'),
        before + 2,
      );
      await expect.poll(() => inFlight).toBe(0);
      expect(await opinionItems(page).count()).toBe(before + 2);
      expect((await serverOpinions(openId)).filter((c) => c === second)).toHaveLength(1);
      const newKeys = keys.slice(keys.lastIndexOf(keys[0]) + 1);
      expect(newKeys.length).toBeGreaterThanOrEqual(1);
      expect(new Set(newKeys).size).toBe(1);
      expect(newKeys[0]).not.toBe(keys[0]);

      // The browser reports the connection that was cut; nothing else went wrong.
      expect(problems.filter((p) => !p.includes('net::ERR_CONNECTION_RESET'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the receipt lookup finds the opinion, and the answer once the results are published', async () => {
    expect(submitted).not.toBeNull();
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      // From the column page's form.
      await page.goto(absoluteUrl('/consultations'), { waitUntil: 'networkidle' });
      await heading(page, '意见征集');
      const form = page.getByRole('search', { name: '查询意见答复' });
      await form.getByLabel('查询编号').fill(submitted!.code.toLowerCase());
      await form.getByRole('button', { name: '查询' }).click();
      await page.waitForURL(/\/consultations\/receipt\?code=/);
      expect(new URL(page.url()).searchParams.get('code')).toBe(submitted!.code);
      await heading(page, '查询意见答复');
      const result = page.locator('main section', { has: page.getByRole('heading', { name: '查询结果' }) });
      await result.waitFor();
      const text = (await result.textContent()) ?? '';
      expect(text).toContain(submitted!.code);
      expect(text).toContain(OPEN_TITLE);
      expect(text).toContain(submitted!.content);
      expect(text).toContain('尚未公布答复');
      expect(await page.locator('main [role="status"]').textContent()).toContain(`找到查询编号为 ${submitted!.code} 的意见`);
      await shot(page, 'lookup-pending-desktop');

      // A 2017 receipt: the answer is there.
      await page.getByRole('search', { name: '查询意见答复' }).getByLabel('查询编号').fill(NOTICE_RECEIPT);
      await page.getByRole('search', { name: '查询意见答复' }).getByRole('button', { name: '查询' }).click();
      await page.waitForURL(/HIST01/);
      await page.locator('main .answer').waitFor();
      const answered = (await page.locator('main').textContent()) ?? '';
      expect(answered).toContain(NOTICE_TITLE);
      expect(answered).toContain('建议明确政策解读的时限');
      expect(await page.locator('main .answer .tag').textContent()).toBe('采纳');
      expect(answered).toContain('已采纳：通知明确解读时间不超过发文后的3个工作日。');
      await shot(page, 'lookup-answered-desktop');

      // A code that names nothing says so.
      await page.getByRole('search', { name: '查询意见答复' }).getByLabel('查询编号').fill('YJ20990101-ZZZZZZ');
      await page.getByRole('search', { name: '查询意见答复' }).getByRole('button', { name: '查询' }).click();
      await page.locator('main [role="status"]', { hasText: '没有找到查询编号为 YJ20990101-ZZZZZZ 的意见' }).waitFor();
      expect(await page.getByText('请核对后重新查询').isVisible()).toBe(true);
      // An empty code is refused next to the field.
      await page.getByRole('search', { name: '查询意见答复' }).getByLabel('查询编号').fill('');
      await page.getByRole('search', { name: '查询意见答复' }).getByRole('button', { name: '查询' }).click();
      expect(await page.locator('#lookup-code-error').textContent()).toBe('请输入查询编号。');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the 2017 consultation shows the summary, each answer and the rates with their counts', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/consultations/${noticeId}`), { waitUntil: 'networkidle' });
      expect(await heading(page, NOTICE_TITLE)).toBe(NOTICE_TITLE);
      expect(await page.locator('main .topic-status .tag').allTextContents()).toEqual(['已结束', '已公布结果']);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('2017年3月28日至4月10日');
      expect(main).toContain('朝阳市政务公开办公室');
      expect(main).toContain(NOTICE_SUMMARY);
      // No form after the window.
      expect(await page.getByRole('heading', { name: '提出意见' }).count()).toBe(0);
      expect(await page.locator('#opinion-content').count()).toBe(0);

      const rates = page.locator('main .rates__item');
      expect(await rates.count()).toBe(2);
      const adoption = rates.filter({ hasText: '合理意见采纳率' });
      expect((await adoption.locator('.rates__value').textContent())?.trim()).toBe('100%');
      expect(await adoption.textContent()).toContain('合理意见 3 条，其中采纳或部分采纳 3 条');
      const reply = rates.filter({ hasText: '采纳情况回复率' });
      expect((await reply.locator('.rates__value').textContent())?.trim()).toBe('100%');
      expect(await reply.textContent()).toContain('收到意见 4 条，其中已答复 4 条');

      // Each opinion with its channel and its answer.
      expect(await opinionItems(page).count()).toBe(4);
      expect(await page.locator('main ol.opinions .answer .tag').allTextContents()).toEqual(['采纳', '采纳', '部分采纳', '未采纳']);
      const last = opinionItems(page).nth(3);
      expect(await last.textContent()).toContain('希望把所有政府会议都进行网络直播。');
      expect(await last.textContent()).toContain('来源：信函');
      expect(await last.textContent()).toContain('不属于合理意见');
      expect(await last.textContent()).toContain('全程直播暂不具备条件');
      expect(await opinionItems(page).nth(0).textContent()).toContain('来源：电子邮件');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an address that names no public topic says so', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/consultations/00000000-0000-4000-8000-000000000000'), { waitUntil: 'networkidle' });
      expect(await heading(page, '未找到该议题')).toBe('未找到该议题');
      expect(await page.getByRole('link', { name: '查看意见征集议题列表' }).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('accessible at desktop and phone sizes', () => {
    const pages = () => [
      { slug: 'list', path: '/consultations', heading: '意见征集' },
      { slug: 'list-upcoming', path: '/consultations?phase=upcoming', heading: '意见征集' },
      { slug: 'list-closed', path: '/consultations?phase=closed', heading: '意见征集' },
      { slug: 'open', path: `/consultations/${openId}`, heading: OPEN_TITLE },
      { slug: 'results', path: `/consultations/${noticeId}`, heading: NOTICE_TITLE },
      { slug: 'lookup', path: `/consultations/receipt?code=${NOTICE_RECEIPT}`, heading: '查询意见答复' },
      { slug: 'lookup-none', path: '/consultations/receipt?code=YJ20990101-ZZZZZZ', heading: '查询意见答复' },
    ];
    for (const viewport of PORTAL_VIEWPORT_NAMES) {
      it(`${viewport}: no serious violation, nothing wider than the screen`, async () => {
        const { context, page, problems } = await openPage(browser, viewport);
        try {
          const check = async (where: string, slug: string) => {
            const overflow = await horizontalOverflow(page);
            expect(overflow, where).toBeLessThanOrEqual(0);
            expect(await seriousViolations(page), where).toEqual([]);
            await shot(page, `${slug}-${viewport}`);
          };
          for (const p of pages()) {
            await page.goto(absoluteUrl(p.path), { waitUntil: 'networkidle' });
            expect(await heading(page, p.heading), p.path).toBe(p.heading);
            expect(await page.locator('h1').count()).toBe(1);
            if (p.slug === 'lookup') await page.locator('main .answer').waitFor();
            if (p.slug === 'lookup-none') await page.getByText('请核对后重新查询').waitFor();
            await check(p.path, p.slug);
          }
          // The form with its errors shown (nothing is sent).
          await page.goto(absoluteUrl(`/consultations/${openId}`), { waitUntil: 'networkidle' });
          await heading(page, OPEN_TITLE);
          await page.getByLabel('意见内容（必填）').fill('短');
          await page.getByLabel('姓名（选填）').fill('名'.repeat(50));
          await page.getByRole('button', { name: '提交意见' }).click();
          await page.locator('main .error-summary').waitFor();
          await check('form with errors', 'form-errors');
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
});
