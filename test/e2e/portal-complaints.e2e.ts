/**
 * Public portal, 与民互动, end to end: at phone size a citizen goes from the home page's promise to
 * the column, is refused an incomplete form (by the page, and by the server in its own words),
 * submits a complaint about a unit and gets the receipt with its 查询编号 and 查询码, follows the
 * case with both codes; the Complaint Office accepts and assigns it, the unit replies, the office
 * closes it (over the API, as those users); the citizen reads the reply and rates it; a wrong check
 * code is refused on screen. The check code never appears in an address. A double click and a
 * retry after a lost answer store a report once. At desktop size an anonymous suggestion gets its
 * receipt. Every page: no serious or critical axe-core violation, no
 * English word or raw code on screen, no sideways scrolling.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-complaints-*.png under the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import {
  absoluteUrl,
  fetchGraphql,
  heading,
  horizontalOverflow,
  latinWords,
  launchChromium,
  openPage,
  RUN_NO,
  screenshotter,
  seriousViolations,
  sessionOf,
} from './support.js';

const TITLE = `学校门前道路施工噪声扰民（${RUN_NO}）`;
const CONTENT = '朝阳市第一中学门前道路施工每天晚上十点以后仍在作业，噪声很大，影响学生休息，请有关部门督促施工单位按规定时间施工。';
const REPLY = '经核查，已督促施工单位每天22时后停止作业，并在校门口设置了隔音围挡。';
const COMMENT = '问题已经解决，答复比较及时。';
/** The example in the lookup form's hint: letters that are part of a code, not words. */
const HINT_EXAMPLE = 'TS20261206-ABC234';

let browser: Browser;
let educationId: string;
/** The complaint submitted at phone size, for the later steps. */
let filed: { caseNumber: string; checkCode: string } | null = null;

beforeAll(async () => {
  const { units } = await fetchGraphql<{ units: { id: string; name: string }[] }>('{ units { id name } }');
  const education = units.find((u) => u.name === '朝阳市教育局');
  if (!education) throw new Error('the demo unit 朝阳市教育局 is missing');
  educationId = education.id;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-complaints', { fullPage: true });

/** Letters on the page's main area that are not one of the codes it shows (an English word or a raw code); the runs' marks are not counted. */
const foreignWords = (page: Page, codes: string[] = []) => latinWords(page, [...codes, HINT_EXAMPLE]);

/** The checks every page passes: no axe violation that matters, no foreign words, no sideways scrolling. */
async function pageChecks(page: Page, codes: string[] = []) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await foreignWords(page, codes)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** Records every request's address and the GraphQL operations sent with GET. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  const lookups: { method: string; body: string }[] = [];
  page.on('request', (r: Request) => {
    urls.push(r.url());
    const body = r.postData() ?? '';
    // the lookup itself (publicCase with its codes), not the published statistics and cases (publicCaseStatistics…, publicCaseSummaries)
    const lookup = /publicCase(\(|%28)/;
    if (r.url().includes('/graphql') && (lookup.test(body) || lookup.test(r.url()))) lookups.push({ method: r.method(), body });
  });
  return { urls, lookups };
}

/** A step of the case as the office or the unit, over the API; returns the new version. */
async function step(cookie: string, mutation: string, id: string, version: number, extra = '', vars: Record<string, unknown> = {}) {
  const args = extra ? `, ${extra}` : '';
  const declared = Object.keys(vars)
    .map((k) => `, $${k}: ${k === 'unitId' ? 'ID!' : 'String!'}`)
    .join('');
  const data = await fetchGraphql<Record<string, { version: number; state: string }>>(
    `mutation($id: ID!, $v: Int!${declared}) { ${mutation}(id: $id, version: $v${args}) { version state } }`,
    { id, v: version, ...vars },
    cookie,
  );
  return data[mutation];
}

describe('与民互动 on the portal', () => {
  it('a citizen submits a complaint on a phone, gets both codes and follows the case', async () => {
    const { context, page, problems } = await openPage(browser, 'phone');
    const seen = watchRequests(page);
    try {
      // The home page's promise leads to the column's form.
      await page.goto(absoluteUrl('/'), { waitUntil: 'networkidle' });
      await page.getByRole('link', { name: '提出举报、投诉或建议' }).click();
      await page.waitForURL(/\/interaction#interaction-submit$/);
      expect(await heading(page, '与民互动')).toBe('与民互动');
      const main = await page.locator('main').innerText();
      expect(main).toContain('定期公开群众举报、投诉、建议的办理情况');
      // the demo's published statistics and cases (their own tests: portal-complaints-statistics.e2e.ts)
      expect(main).toContain('办理情况统计');
      expect(main).toContain('办理情况公开');
      // the unit list has come
      await page.locator('#case-unit option', { hasText: '朝阳市教育局' }).waitFor({ state: 'attached' });
      await pageChecks(page);
      await shot(page, 'column-phone');

      // An empty form is refused by the page, nothing sent.
      const sent: string[] = [];
      page.on('request', (r) => {
        if ((r.postData() ?? '').includes('submitCase')) sent.push(r.postData() ?? '');
      });
      await page.getByRole('button', { name: '提交', exact: true }).click();
      const summary = page.locator('main .error-summary');
      await summary.waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
      const refused = await summary.innerText();
      expect(refused).toContain('请选择反映类型');
      expect(refused).toContain('请填写标题');
      expect(refused).toContain('请填写反映的内容');
      expect(await page.locator('#case-title').getAttribute('aria-invalid')).toBe('true');
      expect(sent).toEqual([]);

      // A wrong phone number and a too-short content are refused next to their fields.
      await page.locator('#case-kind-COMPLAINT').check();
      await page.locator('#case-title').fill(TITLE);
      await page.locator('#case-content').fill('太吵了');
      await page.locator('#case-phone').fill('12345');
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.locator('#case-content-error').waitFor();
      expect(await page.locator('#case-content-error').textContent()).toContain('不少于10个字');
      expect(await page.locator('#case-phone-error').textContent()).toContain('请填写正确的手机号码');
      await pageChecks(page);
      await shot(page, 'form-errors-phone');
      expect(sent).toEqual([]);

      // The server refuses a content shortened on the way, in its own words, next to the field.
      await page.route('**/graphql', async (route) => {
        const request = route.request();
        if (!(request.postData() ?? '').includes('submitCase')) return route.continue();
        const body = JSON.parse(request.postData() ?? '{}');
        body.variables.input.content = '太短';
        return route.continue({ postData: JSON.stringify(body) });
      });
      await page.locator('#case-content').fill(CONTENT);
      await page.locator('#case-phone').fill('139 0421 9876');
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('#case-content-error')?.textContent?.includes('请具体描述反映的问题'));
      expect(await page.locator('#case-content-error').textContent()).toContain('10至5000字');
      expect(sent).toHaveLength(1);
      await page.unroute('**/graphql');

      // The complaint, about the education bureau, with a name, a phone and consent to publish.
      await page.locator('#case-unit').selectOption(educationId);
      await page.locator('#case-name').fill('陈女士');
      await page.locator('#case-consent').check();
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForURL(absoluteUrl('/interaction/receipt'));
      expect(await heading(page, '提交成功')).toBe('提交成功');
      const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
      const checkCode = (await page.getByTestId('check-code').textContent())!.trim();
      expect(caseNumber).toMatch(/^TS\d{8}-[A-Z2-9]{6}$/);
      expect(checkCode).toMatch(/^[A-Z2-9]{8}$/);
      filed = { caseNumber, checkCode };
      const receipt = await page.locator('main').innerText();
      expect(receipt).toContain(`您的投诉“${TITLE}”已于`);
      expect(receipt).toContain('查询码只在这里显示一次');
      // The focus is on the page's heading, as after every page change.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await pageChecks(page, [caseNumber, checkCode]);
      await shot(page, 'receipt-phone');

      // The copy button says what it did.
      await page.getByRole('button', { name: '复制查询编号和查询码' }).click();
      await expect.poll(() => page.locator('.case-receipt__copied').textContent()).toMatch(/已复制|没能复制/);

      // A reload keeps the receipt (it is in the history entry), still not in the address.
      await page.reload({ waitUntil: 'networkidle' });
      await heading(page, '提交成功');
      expect((await page.getByTestId('check-code').textContent())?.trim()).toBe(checkCode);

      // On to the case: opened at once with both codes.
      await page.getByRole('link', { name: '查看办理进度' }).click();
      await page.waitForURL(absoluteUrl('/interaction/case'));
      await heading(page, '查询办理进度');
      const result = page.locator('main section[aria-labelledby="case-result"]');
      await result.waitFor();
      expect(await result.locator('h2').textContent()).toBe(TITLE);
      expect(await result.locator('.tag').textContent()).toBe('待受理');
      const info = await result.locator('.doc-info').innerText();
      expect(info).toContain(caseNumber);
      expect(info).toContain('投诉');
      expect(info).toMatch(/提交日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
      expect(await result.innerText()).toContain('承办单位尚未答复');
      // neither the citizen's name nor phone appear
      expect(await result.innerText()).not.toMatch(/陈女士|13904219876/);
      await pageChecks(page, [caseNumber]);
      await shot(page, 'case-received-phone');

      // A photo added to the case while it waits for acceptance: listed under the citizen's files.
      expect(await result.getByTestId('case-files').count()).toBe(0);
      await page.getByTestId('case-file-send').click();
      await page.locator('#case-file-error', { hasText: '请选择要上传的文件' }).waitFor();
      await page.getByTestId('case-file-input').setInputFiles({
        name: '路面照片.png',
        mimeType: 'image/png',
        buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
      });
      await page.getByTestId('case-file-send').click();
      await expect
        .poll(() =>
          result
            .getByTestId('case-files')
            .innerText()
            .catch(() => ''),
        )
        .toContain('路面照片（图片）');
      await pageChecks(page, [caseNumber]);
      await shot(page, 'case-file-phone');

      // The check code was never in an address; the lookups went as POST.
      expect(seen.urls.filter((u) => u.includes(checkCode))).toEqual([]);
      expect(seen.lookups.length).toBeGreaterThan(0);
      expect(seen.lookups.every((l) => l.method === 'POST')).toBe(true);
      expect(page.url()).not.toContain(checkCode);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the office and the unit handle it; the citizen reads the reply and rates it', async () => {
    expect(filed).not.toBeNull();
    const { caseNumber, checkCode } = filed!;
    // The Complaint Office accepts and assigns it to the education bureau; the bureau replies; the office closes it.
    const office = await sessionOf('tousu');
    const unit = await sessionOf('jiaoyu.staff');
    const { cases } = await fetchGraphql<{ cases: { items: { id: string; version: number; caseNumber: string }[] } }>(
      'query($s: String!) { cases(filter: { search: $s }) { items { id version caseNumber } } }',
      { s: caseNumber },
      office,
    );
    const c = cases.items.find((i) => i.caseNumber === caseNumber);
    expect(c).toBeDefined();
    let s = await step(office, 'acceptCase', c!.id, c!.version);
    expect(s.state).toBe('ACCEPTED');
    s = await step(office, 'assignCase', c!.id, s.version, 'unitId: $unitId', { unitId: educationId });
    expect(s.state).toBe('ASSIGNED');

    const { context, page, problems } = await openPage(browser, 'phone');
    const seen = watchRequests(page);
    try {
      // While the unit handles it: the state and the reply deadline.
      await page.goto(absoluteUrl('/interaction/case'), { waitUntil: 'networkidle' });
      await heading(page, '查询办理进度');
      await page.getByLabel('查询编号').fill(caseNumber.toLowerCase());
      await page.getByLabel('查询码').fill(checkCode);
      await page.getByRole('button', { name: '查询', exact: true }).click();
      const result = page.locator('main section[aria-labelledby="case-result"]');
      await result.waitFor();
      expect(await result.locator('.tag').textContent()).toBe('办理中');
      expect(await result.locator('.doc-info').innerText()).toMatch(/答复期限\s*\d{4}年\d{1,2}月\d{1,2}日前/);
      // the focus moves to the case found
      await page.waitForFunction(() => document.activeElement?.id === 'case-result');

      s = await step(unit, 'replyCase', c!.id, s.version, 'reply: $reply', { reply: REPLY });
      expect(s.state).toBe('REPLIED');
      s = await step(office, 'closeCase', c!.id, s.version);
      expect(s.state).toBe('CLOSED');

      // A reload shows the case again (the codes are in the history entry), now closed, with the reply.
      await page.reload({ waitUntil: 'networkidle' });
      await heading(page, '查询办理进度');
      await result.locator('.tag', { hasText: '已办结待评价' }).waitFor();
      expect(await page.getByTestId('case-reply').innerText()).toContain(REPLY);
      const info = await result.locator('.doc-info').innerText();
      expect(info).toMatch(/答复日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
      expect(info).toMatch(/办结日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
      expect(info).toMatch(/评价期限\s*\d{4}年\d{1,2}月\d{1,2}日前/);
      const rating = page.locator('main .case-rating');
      expect(await rating.getByRole('heading', { name: '评价办理结果' }).isVisible()).toBe(true);
      await pageChecks(page, [caseNumber]);
      await shot(page, 'case-closed-phone');

      // No choice: refused by the page.
      await rating.getByRole('button', { name: '提交评价' }).click();
      await rating.locator('.error-summary').waitFor();
      expect(await rating.locator('.error-summary').innerText()).toContain('请选择满意、基本满意或不满意');

      // 基本满意, with a comment.
      await rating.getByLabel('基本满意').check();
      await rating.getByLabel('评价意见（选填）').fill(COMMENT);
      await rating.getByRole('button', { name: '提交评价' }).click();
      await result.locator('.tag', { hasText: '已评价' }).waitFor();
      expect(await result.locator('.doc-info').innerText()).toMatch(/您的评价\s*基本满意/);
      expect(await page.locator('main .case-notice').innerText()).toContain('您的评价已提交');
      expect(await page.locator('main .case-rating').count()).toBe(0);
      await pageChecks(page, [caseNumber]);
      await shot(page, 'case-rated-phone');

      // The server holds the rating.
      const { publicCase } = await fetchGraphql<{ publicCase: { state: string; rating: string; canRate: boolean } }>(
        'query($n: String!, $c: String!) { publicCase(caseNumber: $n, checkCode: $c) { state rating canRate } }',
        { n: caseNumber, c: checkCode },
      );
      expect(publicCase).toEqual({ state: 'RATED', rating: 'BASICALLY_SATISFIED', canRate: false });
      expect(seen.urls.filter((u) => u.includes(checkCode))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a wrong check code on screen, at phone and desktop sizes', async () => {
    expect(filed).not.toBeNull();
    for (const viewport of ['phone', 'desktop'] as const) {
      const { context, page, problems } = await openPage(browser, viewport);
      try {
        await page.goto(absoluteUrl('/interaction/case'), { waitUntil: 'networkidle' });
        await heading(page, '查询办理进度');
        // Both codes are asked for before anything is sent.
        await page.getByRole('button', { name: '查询', exact: true }).click();
        expect(await page.locator('#lookup-case-number-error').textContent()).toBe('请输入查询编号。');
        expect(await page.locator('#lookup-check-code-error').textContent()).toBe('请输入查询码。');

        await page.getByLabel('查询编号').fill(filed!.caseNumber);
        await page.getByLabel('查询码').fill(filed!.checkCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH');
        await page.getByRole('button', { name: '查询', exact: true }).click();
        const alert = page.locator('main .error-summary[role="alert"]');
        await alert.waitFor();
        expect(await alert.innerText()).toContain('查询编号或查询码不正确，请核对后重新查询');
        await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
        expect(await page.locator('main section[aria-labelledby="case-result"]').count()).toBe(0);
        await pageChecks(page, [filed!.caseNumber, 'ABCDEFGH', 'HGFEDCBA']);
        await shot(page, `wrong-code-${viewport}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('a double click and a retry after a lost answer store the report once (one key per filled form)', async () => {
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
      await heading(page, '与民互动');
      const keys: string[] = [];
      page.on('request', (r) => {
        const body = r.postData() ?? '';
        if (body.includes('submitCase')) keys.push(JSON.parse(body).variables.input.idempotencyKey);
      });
      // The first answer is lost on the way back: the server has stored the case, the page sees a broken connection.
      let lose = true;
      await page.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('submitCase') || !lose) return route.continue();
        lose = false;
        await route.fetch();
        await route.abort('connectionreset');
      });
      const title = `小区垃圾清运不及时（${RUN_NO}）`;
      await page.locator('#case-kind-REPORT').check();
      await page.locator('#case-title').fill(title);
      await page.locator('#case-content').fill('幸福小区垃圾站的垃圾已经三天没有清运，气味很大，请督促环卫部门及时清运。');
      await page.getByRole('button', { name: '提交', exact: true }).dblclick();
      const summary = page.locator('main .error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain('不能确定是否已经提交');
      // What was typed is still there for the retry.
      expect(await page.locator('#case-title').inputValue()).toBe(title);

      // The retry carries the same key: the first case's receipt, nothing stored twice.
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForURL(absoluteUrl('/interaction/receipt'));
      await heading(page, '提交成功');
      const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(new Set(keys).size).toBe(1);
      const { cases } = await fetchGraphql<{ cases: { total: number; items: { caseNumber: string }[] } }>(
        'query($s: String!) { cases(filter: { search: $s }) { total items { caseNumber } } }',
        { s: title },
        await sessionOf('tousu'),
      );
      expect(cases.total).toBe(1);
      expect(cases.items[0].caseNumber).toBe(caseNumber);
    } finally {
      await context.close();
    }
  });

  it('at desktop size an anonymous suggestion gets its receipt; the column and the case read well', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/interaction'), { waitUntil: 'networkidle' });
      await heading(page, '与民互动');
      await pageChecks(page);
      await shot(page, 'column-desktop');

      await page.locator('#case-kind-SUGGESTION').check();
      await page.locator('#case-title').fill(`建议延长市图书馆周末开放时间（${RUN_NO}）`);
      await page.locator('#case-content').fill('市图书馆周末下午五点闭馆，建议周末延长到晚上八点，方便上班族借阅。');
      await page.getByRole('button', { name: '提交', exact: true }).click();
      await page.waitForURL(absoluteUrl('/interaction/receipt'));
      await heading(page, '提交成功');
      const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
      const checkCode = (await page.getByTestId('check-code').textContent())!.trim();
      expect(await page.locator('main').innerText()).toContain('您的建议“建议延长市图书馆周末开放时间');
      await pageChecks(page, [caseNumber, checkCode]);
      await shot(page, 'receipt-desktop');

      // Right after submitting, a document sent with it from the receipt page.
      await page.getByTestId('case-file-input').setInputFiles({
        name: '建议书.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n建议书\n%%EOF\n'),
      });
      await page.getByTestId('case-file-send').click();
      await expect
        .poll(() =>
          page
            .getByTestId('case-files')
            .innerText()
            .catch(() => ''),
        )
        .toContain('建议书（版式文档）');
      await pageChecks(page, [caseNumber, checkCode]);
      await shot(page, 'receipt-file-desktop');

      // The rated case of the phone test, at desktop size.
      if (filed) {
        await page.goto(absoluteUrl('/interaction/case'), { waitUntil: 'networkidle' });
        await page.getByLabel('查询编号').fill(filed.caseNumber);
        await page.getByLabel('查询码').fill(filed.checkCode);
        await page.getByRole('button', { name: '查询', exact: true }).click();
        await page.locator('main section[aria-labelledby="case-result"] .tag').waitFor();
        await pageChecks(page, [filed.caseNumber]);
        await shot(page, 'case-desktop');
      }

      // Opened without a submission, the receipt page says where to go instead.
      await page.goto(absoluteUrl('/interaction/receipt'), { waitUntil: 'networkidle' });
      await heading(page, '提交成功');
      expect(await page.locator('main').innerText()).toContain('这个页面只在提交后显示一次查询编号和查询码');
      expect(await page.getByTestId('check-code').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
