/**
 * Public portal, 依申请公开, end to end: at phone size an applicant goes from a document disclosed on
 * application to the online form (the body and the document filled in), is refused an incomplete
 * form (by the page next to each field, and by the server in its own words next to the item it
 * refused), submits a request with two items and gets the receipt with its 申请编号 and 查询码; the
 * education bureau's disclosure officer confirms receipt and asks for a correction (over the API),
 * and the status page shows what to correct and by when; the officer receives the correction and
 * replies, one item disclosed and one not (process information); the status page shows both
 * outcomes in words and downloads the reply letter. A wrong check code is refused on screen; at
 * desktop size an organisation applies. The check code never appears in an address. Every page: no
 * serious or critical axe-core violation, no English word or raw code on screen, no sideways
 * scrolling. Screenshots at phone (390×844) and desktop (1366×900) size.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-requests-*.png under the repository root.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import {
  absoluteUrl,
  dayFromToday,
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

/** A document of 朝阳市教育局 disclosed on application (demo data). */
const DOCUMENT_TITLE = '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知';
const SECOND_ITEM = `2026年下半年全市中小学教师资格认定的申请人数和通过人数（${RUN_NO}）`;
const CORRECTION = '请写明所需统计数据的具体学段（小学、初中或高中），以及需要的时间范围。';
const REPLY = '经审查，现对您申请公开的政府信息答复如下。';

let browser: Browser;
let educationId: string;
let documentId: string;
/** The names of units that take no requests: internal sections and outside organisations. */
let notBodies: string[];
/** The request submitted at phone size, for the later steps. */
let filed: { requestNumber: string; checkCode: string } | null = null;

beforeAll(async () => {
  const { units } = await fetchGraphql<{ units: { id: string; name: string; kind: string }[] }>('{ units { id name kind } }');
  notBodies = units.filter((u) => u.kind === 'SECTION' || u.kind === 'EXTERNAL').map((u) => u.name);
  if (!notBodies.length) throw new Error('the demo has no section or outside organisation to leave out');
  const education = units.find((u) => u.name === '朝阳市教育局');
  if (!education) throw new Error('the demo unit 朝阳市教育局 is missing');
  educationId = education.id;
  const { publicDocuments } = await fetchGraphql<{ publicDocuments: { items: { id: string; title: string; disclosureAttribute: string }[] } }>(
    '{ publicDocuments(pageSize: 100) { items { id title disclosureAttribute } } }',
  );
  const doc = publicDocuments.items.find((d) => d.title === DOCUMENT_TITLE && d.disclosureAttribute === 'ON_APPLICATION');
  if (!doc) throw new Error('the demo document disclosed on application is missing');
  documentId = doc.id;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A story through several pages, each checked by axe at one or two sizes, on a shared machine. */
const LONG = 180_000;

const shot = screenshotter('portal-requests', { fullPage: true });

/** A page at phone size (390×844, the support's own), or at desktop size 1366×900, recording script errors and failed requests. */
async function openAt(size: 'phone' | 'desktop'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  if (size === 'phone') return openPage(browser, 'phone');
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

/** Letters on the page's main area that are not one of the codes it shows (an English word or a raw code); the runs' marks are not counted. */
const foreignWords = (page: Page, codes: string[] = []) => latinWords(page, codes);

/** The checks every page passes: no axe violation that matters, no foreign words, no sideways scrolling. */
async function pageChecks(page: Page, codes: string[] = []) {
  expect(await seriousViolations(page)).toEqual([]);
  expect(await foreignWords(page, codes)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

/** Records every request's address and how the lookups (publicDisclosureRequest with its codes) were sent. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  const lookups: string[] = [];
  page.on('request', (r: Request) => {
    urls.push(r.url());
    const body = r.postData() ?? '';
    const lookup = /publicDisclosureRequest(\(|%28)/;
    if (r.url().includes('/graphql') && (lookup.test(body) || lookup.test(r.url()))) lookups.push(r.method());
  });
  return { urls, lookups };
}

/** Opens the status page and looks the request up with both codes; returns the result's section. */
async function lookUp(page: Page, codes: { requestNumber: string; checkCode: string }) {
  await page.goto(absoluteUrl('/requests/status'), { waitUntil: 'networkidle' });
  await heading(page, '查询申请办理进度');
  await page.getByLabel('申请编号').fill(codes.requestNumber.toLowerCase());
  await page.getByLabel('查询码').fill(codes.checkCode);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  const result = page.locator('main section[aria-labelledby="request-result"]');
  await result.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'request-result');
  return result;
}

/** A step of the request as the disclosure officer, over the API; returns the new version and state. */
async function step(cookie: string, mutation: string, id: string, version: number, args = '', declared = '', vars: Record<string, unknown> = {}) {
  const data = await fetchGraphql<Record<string, { version: number; state: string }>>(
    `mutation($id: ID!, $v: Int!${declared}) { ${mutation}(id: $id, version: $v${args}) { version state } }`,
    { id, v: version, ...vars },
    cookie,
  );
  return data[mutation];
}

describe('依申请公开 on the portal', () => {
  it(
    'an applicant goes from a document to the form on a phone, is refused next to the fields, submits and keeps both codes',
    async () => {
      const { context, page, problems } = await openAt('phone');
      const seen = watchRequests(page);
      try {
        // The column offers the application and the status lookup.
        await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
        await heading(page, '政府信息公开');
        const section = page.locator('main section[aria-labelledby="documents-requests"]');
        expect(await section.locator('h2').textContent()).toBe('依申请公开');
        expect(await section.getByRole('link', { name: '在线申请公开政府信息' }).getAttribute('href')).toBe('/requests/apply');
        expect(await section.getByRole('link', { name: '查询申请办理进度' }).getAttribute('href')).toBe('/requests/status');
        // the annual reports' section is still there
        expect(await page.locator('main section[aria-labelledby="documents-annual-reports"] h2').textContent()).toBe('政府信息公开工作年度报告');
        await pageChecks(page);
        await shot(page, 'column-phone');

        // The document's page: how to apply, with the online form one tap away.
        await page.goto(absoluteUrl(`/documents/${documentId}`), { waitUntil: 'networkidle' });
        await heading(page, DOCUMENT_TITLE);
        const apply = page.locator('main section[aria-labelledby="doc-apply"]');
        expect(await apply.innerText()).toContain('也可以在本网站在线提交申请');
        await pageChecks(page);
        await shot(page, 'document-phone');
        await apply.getByRole('link', { name: '在线申请' }).click();
        await page.waitForURL(/\/requests\/apply\?/);
        await heading(page, '申请公开政府信息');
        // The body that issued the document is chosen, and the document is the first item.
        await page.locator('#req-unit option', { hasText: '朝阳市教育局' }).waitFor({ state: 'attached' });
        await expect.poll(() => page.locator('#req-unit').inputValue()).toBe(educationId);
        const items = page.locator('main .request-items__item textarea');
        expect(await items.first().inputValue()).toContain(`《${DOCUMENT_TITLE}》`);
        // Only administrative bodies (no internal section, no outside organisation).
        const bodies = await page.locator('#req-unit option:not([value=""])').allTextContents();
        expect(bodies).toContain('朝阳市人民政府');
        expect(bodies.filter((b) => notBodies.includes(b))).toEqual([]);
        // The column's entry in the navigation marks the page as one of its own.
        expect(await page.locator('nav[aria-label="栏目导航"] a.site-nav__link--inside').allTextContents()).toEqual(['政府信息公开']);
        const rules = await page.locator('main section[aria-labelledby="request-rules"]').innerText();
        expect(rules).toContain('20个工作日');
        expect(rules).toContain('一次性告知补正');
        expect(rules).toContain('延长不超过20个工作日');
        expect(await page.locator('main .privacy').innerText()).toContain('个人信息保护');
        await pageChecks(page);
        await shot(page, 'form-phone');

        // An incomplete form is refused by the page, each message next to its field; nothing is sent.
        const sent: string[] = [];
        page.on('request', (r) => {
          if ((r.postData() ?? '').includes('submitDisclosureRequest')) sent.push(r.postData() ?? '');
        });
        const submit = page.getByRole('button', { name: '提交申请', exact: true });
        await submit.click();
        const summary = page.locator('main .error-summary');
        await summary.waitFor();
        await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
        const refused = await summary.innerText();
        for (const message of [
          '请选择申请人类型',
          '请填写申请人姓名',
          '请填写身份证明号码',
          '请至少填写联系电话、电子邮箱或通信地址中的一项',
          '请选择信息的提供形式',
          '请选择获取信息的方式',
        ]) {
          expect(refused).toContain(message);
        }
        expect(await page.locator('#req-name-error').textContent()).toContain('请填写申请人姓名');
        expect(await page.locator('#req-name').getAttribute('aria-invalid')).toBe('true');
        expect(sent).toEqual([]);

        // Wrong values, a second item too short, e-mail delivery without an address: each refused where it is.
        await page.locator('#req-who-person').check();
        await page.locator('#req-name').fill('李华');
        await page.locator('#req-idNumber').fill('12345');
        await page.locator('#req-phone').fill('123');
        await page.getByTestId('request-add-item').click();
        expect(await items.count()).toBe(2);
        // the new item has the focus
        await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'item2');
        await items.nth(1).fill('统计');
        await page.locator('#req-form-ELECTRONIC').check();
        await page.locator('#req-delivery-EMAIL').check();
        await submit.click();
        await page.locator('#req-idNumber-error').waitFor();
        expect(await page.locator('#req-idNumber-error').textContent()).toContain('居民身份证号码应为18位');
        expect(await page.locator('#req-phone-error').textContent()).toContain('请填写正确的手机号码');
        expect(await page.locator('#req-email-error').textContent()).toContain('选择电子邮件获取的，请填写电子邮箱');
        const secondError = page.locator('main .request-items__item').nth(1).locator('.field__error');
        expect(await secondError.textContent()).toContain('第2项');
        expect(await secondError.textContent()).toContain('不少于4个字');
        expect(await items.nth(1).getAttribute('aria-invalid')).toBe('true');
        expect(await page.locator('main .request-items__item').first().locator('.field__error').count()).toBe(0);
        await pageChecks(page);
        await shot(page, 'form-errors-phone');
        expect(sent).toEqual([]);

        // The server refuses an item shortened on the way, in its own words, next to that item.
        await page.route('**/graphql', async (route) => {
          const request = route.request();
          if (!(request.postData() ?? '').includes('submitDisclosureRequest')) return route.continue();
          const body = JSON.parse(request.postData() ?? '{}');
          body.variables.input.items[1].description = '统计';
          return route.continue({ postData: JSON.stringify(body) });
        });
        await page.locator('#req-idNumber').fill('21130219900101123x');
        await page.locator('#req-phone').fill('139 0421 5678');
        await page.locator('#req-email').fill('lihua@163.com');
        await items.nth(1).fill(SECOND_ITEM);
        await page.locator('#req-note').fill('用于了解本市教师资格认定的情况。');
        await submit.click();
        await expect
          .poll(() => secondError.textContent().catch(() => ''))
          .toContain('第2项：请写明所需信息的名称、文号或者便于查询的特征性描述（4至2000字）');
        expect(sent).toHaveLength(1);
        await page.unroute('**/graphql');

        // Submitted: the receipt with both codes.
        await submit.click();
        await page.waitForURL(absoluteUrl('/requests/receipt'));
        expect(await heading(page, '申请已提交')).toBe('申请已提交');
        const requestNumber = (await page.getByTestId('request-number').textContent())!.trim();
        const checkCode = (await page.getByTestId('check-code').textContent())!.trim();
        expect(requestNumber).toMatch(/^YS\d{8}-[A-Z2-9]{6}$/);
        expect(checkCode).toMatch(/^[A-Z2-9]{8}$/);
        filed = { requestNumber, checkCode };
        const receipt = await page.locator('main').innerText();
        expect(receipt).toContain('您向朝阳市教育局申请公开的2项政府信息');
        expect(receipt).toContain('查询码只在这里显示一次');
        expect(receipt).toContain('确认之日为收到申请之日');
        expect(receipt).toContain('自收到申请之日起20个工作日内答复');
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        await pageChecks(page, [requestNumber, checkCode]);
        await shot(page, 'receipt-phone');

        await page.getByRole('button', { name: '复制申请编号和查询码' }).click();
        await expect.poll(() => page.locator('.case-receipt__copied').textContent()).toMatch(/已复制|没能复制/);

        // A reload keeps the receipt (it is in the history entry), still not in the address.
        await page.reload({ waitUntil: 'networkidle' });
        await heading(page, '申请已提交');
        expect((await page.getByTestId('check-code').textContent())?.trim()).toBe(checkCode);

        // On to the status: opened at once with both codes, waiting for the body to confirm receipt.
        await page.getByRole('link', { name: '查看办理进度' }).click();
        await page.waitForURL(absoluteUrl('/requests/status'));
        await heading(page, '查询申请办理进度');
        const result = page.locator('main section[aria-labelledby="request-result"]');
        await result.waitFor();
        expect(await result.getByTestId('request-state').textContent()).toBe('待确认收到');
        const info = await result.getByTestId('request-dates').innerText();
        expect(info).toContain('朝阳市教育局');
        expect(info).toMatch(/提交日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
        expect(info).toContain('自确认收到申请之日起20个工作日');
        const listed = await result.getByTestId('request-items').innerText();
        expect(listed).toContain(SECOND_ITEM);
        expect(listed).toContain('尚未答复');
        // neither the applicant's name, ID number nor phone appear
        expect(await result.innerText()).not.toMatch(/李华|21130219900101123X|13904215678/);
        expect(await result.getByTestId('request-letter').count()).toBe(0);
        await pageChecks(page, [requestNumber]);
        await shot(page, 'status-submitted-phone');

        // The check code was never in an address; the lookups went as POST.
        expect(seen.urls.filter((u) => u.includes(checkCode))).toEqual([]);
        expect(seen.lookups.length).toBeGreaterThan(0);
        expect(seen.lookups.every((m) => m === 'POST')).toBe(true);
        expect(page.url()).not.toContain(checkCode);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'the officer confirms and asks for a correction; then replies; the applicant reads it and downloads the letter',
    async () => {
      expect(filed).not.toBeNull();
      const codes = filed!;
      const officer = await sessionOf('jiaoyu.gk');
      const { disclosureRequests } = await fetchGraphql<{
        disclosureRequests: { items: { id: string; version: number; requestNumber: string; items: { id: string; seq: number }[] }[] };
      }>(
        'query($s: String!) { disclosureRequests(filter: { search: $s }) { items { id version requestNumber items { id seq } } } }',
        { s: codes.requestNumber },
        officer,
      );
      const r = disclosureRequests.items.find((i) => i.requestNumber === codes.requestNumber);
      expect(r).toBeDefined();
      expect(r!.items).toHaveLength(2);
      let s = await step(officer, 'confirmDisclosureRequest', r!.id, r!.version);
      expect(s.state).toBe('IN_PROGRESS');
      const correctionDue = dayFromToday(10);
      s = await step(officer, 'askDisclosureRequestCorrection', r!.id, s.version, ', text: $text, dueOn: $due', ', $text: String!, $due: String!', {
        text: CORRECTION,
        due: correctionDue,
      });
      expect(s.state).toBe('CORRECTION');

      const [y, m, d] = correctionDue.split('-').map(Number);
      for (const size of ['phone', 'desktop'] as const) {
        const { context, page, problems } = await openAt(size);
        const seen = watchRequests(page);
        try {
          const result = await lookUp(page, codes);
          expect(await result.getByTestId('request-state').textContent()).toBe('待补正');
          const correction = await result.getByTestId('request-correction').innerText();
          expect(correction).toContain('请补正申请');
          expect(correction).toContain(CORRECTION);
          expect(correction).toContain(`补正期限：${y}年${m}月${d}日前`);
          const info = await result.getByTestId('request-dates').innerText();
          expect(info).toMatch(/收到申请日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
          expect(info).toContain('补正期间暂停计算');
          expect(info).not.toMatch(/答复日期/);
          await pageChecks(page, [codes.requestNumber]);
          await shot(page, `status-correction-${size}`);
          expect(seen.urls.filter((u) => u.includes(codes.checkCode))).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      }

      // The corrected request arrives; the officer replies item by item.
      s = await step(officer, 'receiveDisclosureRequestCorrection', r!.id, s.version);
      expect(s.state).toBe('IN_PROGRESS');
      const [first, second] = [...r!.items].sort((a, b) => a.seq - b.seq);
      s = await step(officer, 'replyDisclosureRequest', r!.id, s.version, ', input: $input', ', $input: RequestReplyInput!', {
        input: {
          reply: REPLY,
          outcomes: [
            { itemId: first.id, outcome: 'DISCLOSED', note: '随本答复书提供该通知的电子文本。' },
            { itemId: second.id, outcome: 'NOT_DISCLOSED', reason: 'PROCESS_INFORMATION', note: '相关统计数据尚在汇总核对中，属于过程性信息。' },
          ],
        },
      });
      expect(s.state).toBe('REPLIED');

      for (const size of ['phone', 'desktop'] as const) {
        const { context, page, problems } = await openAt(size);
        const seen = watchRequests(page);
        try {
          const result = await lookUp(page, codes);
          expect(await result.getByTestId('request-state').textContent()).toContain('已答复');
          expect(await result.innerText()).toContain('行政机关已作出答复');
          const info = await result.getByTestId('request-dates').innerText();
          expect(info).toMatch(/收到申请日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
          expect(info).toMatch(/答复日期\s*\d{4}年\d{1,2}月\d{1,2}日/);
          const outcomes = result.getByTestId('request-items').locator('li');
          expect(await outcomes.count()).toBe(2);
          expect(await outcomes.nth(0).innerText()).toContain('答复结果：予以公开');
          expect(await outcomes.nth(0).innerText()).toContain('随本答复书提供该通知的电子文本');
          expect(await outcomes.nth(1).innerText()).toContain('答复结果：不予公开（属于四类过程性信息）');
          expect(await outcomes.nth(1).innerText()).toContain(SECOND_ITEM);
          // the earlier correction is still told, without a deadline now
          expect(await result.getByTestId('request-correction').innerText()).toContain('曾告知补正的内容');
          await pageChecks(page, [codes.requestNumber]);
          await shot(page, `status-replied-${size}`);

          // The letter: a download of a Word file (a zip: "PK" first), its codes sent in a POST body.
          const [download] = await Promise.all([page.waitForEvent('download'), result.getByTestId('request-letter').click()]);
          expect(download.suggestedFilename()).toBe(`政府信息公开申请答复书-${codes.requestNumber}.docx`);
          const bytes = await readFile((await download.path())!);
          expect(bytes.length).toBeGreaterThan(1000);
          expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
          expect(seen.urls.filter((u) => u.includes(codes.checkCode))).toEqual([]);
          expect(seen.lookups.every((method) => method === 'POST')).toBe(true);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      }
    },
    LONG,
  );

  it(
    'refuses a wrong check code on screen, at phone and desktop sizes',
    async () => {
      expect(filed).not.toBeNull();
      const wrong = filed!.checkCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH';
      for (const size of ['phone', 'desktop'] as const) {
        const { context, page } = await openAt(size);
        try {
          await page.goto(absoluteUrl('/requests/status'), { waitUntil: 'networkidle' });
          await heading(page, '查询申请办理进度');
          // Both codes are asked for before anything is sent.
          await page.getByRole('button', { name: '查询', exact: true }).click();
          expect(await page.locator('#status-request-number-error').textContent()).toBe('请输入申请编号。');
          expect(await page.locator('#status-check-code-error').textContent()).toBe('请输入查询码。');

          await page.getByLabel('申请编号').fill(filed!.requestNumber);
          await page.getByLabel('查询码').fill(wrong);
          await page.getByRole('button', { name: '查询', exact: true }).click();
          const alert = page.locator('main .error-summary[role="alert"]');
          await alert.waitFor();
          expect(await alert.innerText()).toContain('申请编号或查询码不正确');
          await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
          expect(await page.locator('main section[aria-labelledby="request-result"]').count()).toBe(0);
          await pageChecks(page, [filed!.requestNumber, wrong]);
          await shot(page, `wrong-code-${size}`);
        } finally {
          await context.close();
        }
      }
    },
    LONG,
  );

  it(
    'at desktop size an organisation applies to a body it picks; the receipt page alone says where to go',
    async () => {
      const { context, page, problems } = await openAt('desktop');
      try {
        // A link may name the body by its id and the first item in words.
        await page.goto(absoluteUrl(`/requests/apply?unit=${educationId}&item=${encodeURIComponent('朝阳市教育局2026年部门预算')}`), {
          waitUntil: 'networkidle',
        });
        await heading(page, '申请公开政府信息');
        await expect.poll(() => page.locator('#req-unit').inputValue()).toBe(educationId);
        expect(await page.locator('main .request-items__item textarea').first().inputValue()).toBe('朝阳市教育局2026年部门预算');

        await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
        await heading(page, '政府信息公开');
        await pageChecks(page);
        await shot(page, 'column-desktop');

        await page.getByRole('link', { name: '在线申请公开政府信息' }).click();
        await page.waitForURL(absoluteUrl('/requests/apply'));
        await heading(page, '申请公开政府信息');
        await page.locator('#req-unit option', { hasText: '朝阳市教育局' }).waitFor({ state: 'attached' });
        expect(await page.locator('#req-unit').inputValue()).toBe('');
        await page.locator('#req-unit').selectOption(educationId);
        await page.locator('#req-who-org').check();
        // An organisation: its kind, name and contact person; its proofs only.
        expect(await page.locator('#req-idKind option').allTextContents()).toEqual(['统一社会信用代码证明', '其他组织证明文件']);
        await page.getByRole('button', { name: '提交申请', exact: true }).click();
        await page.locator('#req-orgKind-error').waitFor();
        expect(await page.locator('#req-orgKind-error').textContent()).toBe('请选择组织类型。');
        expect(await page.locator('#req-name-error').textContent()).toBe('请填写法人或其他组织的名称。');
        await pageChecks(page);
        await shot(page, 'form-organisation-desktop');

        await page.locator('#req-orgKind').selectOption('LEGAL_SERVICE');
        await page.locator('#req-name').fill('辽宁朝阳明理律师事务所');
        await page.locator('#req-contact').fill('王律师');
        await page.locator('#req-idNumber').fill('31210000MD0123456X');
        await page.locator('#req-address').fill('朝阳市双塔区新华路一段8号');
        await page.locator('#req-postcode').fill('122000');
        await page.locator('main .request-items__item textarea').first().fill(`朝阳市教育局2025年度校车安全专项检查的结果通报（${RUN_NO}）`);
        await page.locator('#req-form-PAPER').check();
        await page.locator('#req-delivery-POST').check();
        await page.getByRole('button', { name: '提交申请', exact: true }).click();
        await page.waitForURL(absoluteUrl('/requests/receipt'));
        await heading(page, '申请已提交');
        const requestNumber = (await page.getByTestId('request-number').textContent())!.trim();
        const checkCode = (await page.getByTestId('check-code').textContent())!.trim();
        expect(await page.locator('main').innerText()).toContain('您向朝阳市教育局申请公开的1项政府信息');
        await pageChecks(page, [requestNumber, checkCode]);
        await shot(page, 'receipt-desktop');

        // The server holds it as an organisation's request.
        const { publicDisclosureRequest } = await fetchGraphql<{ publicDisclosureRequest: { state: string; unitName: string; items: unknown[] } }>(
          'query($n: String!, $c: String!) { publicDisclosureRequest(requestNumber: $n, checkCode: $c) { state unitName items { seq } } }',
          { n: requestNumber, c: checkCode },
        );
        expect(publicDisclosureRequest).toEqual({ state: 'SUBMITTED', unitName: '朝阳市教育局', items: [{ seq: 1 }] });

        // Opened without a submission (a new visit), the receipt page says where to go instead.
        await page.goto(absoluteUrl('/'), { waitUntil: 'networkidle' });
        await page.goto(absoluteUrl('/requests/receipt'), { waitUntil: 'networkidle' });
        await heading(page, '申请已提交');
        expect(await page.locator('main').innerText()).toContain('这个页面只在提交申请后显示一次申请编号和查询码');
        expect(await page.getByTestId('check-code').count()).toBe(0);
        await pageChecks(page);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});
