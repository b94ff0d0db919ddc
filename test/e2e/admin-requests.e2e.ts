/**
 * Admin SPA, end to end, for requests on application (依申请公开, system 6): the Education Bureau's
 * disclosure body registers a request handed in at its window (refused first without the ID number),
 * asks once for a correction, records the corrected request (the clock starts again), replies item by
 * item — one disclosed, one not (process information) — reads the letter and downloads it (.docx),
 * and records its delivery; the list finds the request by its number; another request's extension is
 * asked by the body and approved by its head; the year's table 三 counts them. Pages pass axe (no
 * serious or critical violation), show no English word or raw code, and fit a phone.
 * Screenshots: test-results/screenshots/admin-request-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  adminPageProblems,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  launchChromium,
  openMenu,
  RUN_NO,
  screenshotter,
  sessionOf,
  setDate,
  settled,
  signIn,
  textOf,
} from './support.js';

const ITEM_1 = `朝阳市2026年义务教育学校划片方案（${RUN_NO}）`;
const ITEM_2 = `划片方案研究论证过程中的会议记录（${RUN_NO}）`;
const NUMBER = /YS\d{8}-[A-Z2-9]{6}/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-request', { animations: 'disabled', fullPage: true });
const checkPage = async (page: Page, name: string) => expect(await adminPageProblems(page, shot, name, [NUMBER])).toEqual([]);
const formItem = (scope: Page | ReturnType<Page['locator']>, label: string) => scope.locator('.el-form-item', { hasText: label }).first();

/** Runs a step from the request's page: its button, then its dialog's fields, then its confirm button. */
async function step(page: Page, key: string, fill?: (dialog: ReturnType<Page['locator']>) => Promise<void>) {
  await page.getByTestId(`request-${key}`).click();
  if (!fill) return confirmMessageBox(page);
  const dialog = page.locator('.el-dialog:visible');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByTestId('request-step-confirm').click();
  await dialog.waitFor({ state: 'hidden' });
}

let requestPath = '';
let requestNumber = '';

describe('a request handed in at the window, from registration to delivery', () => {
  it('is registered with the day of receipt its channel takes, after a refusal without the ID number', async () => {
    const page = await signIn(browser, 'jiaoyu.gk');
    await openMenu(page, 'requests');
    await page.getByTestId('request-table').waitFor();
    await checkPage(page, 'list');
    await openMenu(page, 'request-new');
    const form = page.getByTestId('request-form');
    await form.waitFor();
    await checkPage(page, 'new');
    await form.getByTestId('request-channel-IN_PERSON').click();
    // the form names the rule of Art. 31 for the channel
    expect(await textOf(formItem(form, '收到申请之日'))).toContain('提交之日');
    await form.getByTestId('request-applicant-name').fill('赵晓');
    await form.getByTestId('request-phone').fill('13904217788');
    await form.getByTestId('request-address').fill('朝阳市双塔区新华路18号');
    await form.getByTestId('request-item-0').fill(ITEM_1);
    await form.getByTestId('request-add-item').click();
    await form.getByTestId('request-item-1').fill(ITEM_2);
    await form.getByTestId('request-submit').click();
    await expect.poll(() => textOf(formItem(form, '证件号码').locator('.el-form-item__error'))).toBe('请填写此项');
    await form.getByTestId('request-id-number').fill('2113021985');
    await form.getByTestId('request-submit').click();
    // the server's rule, next to the field
    await expect.poll(() => textOf(formItem(form, '证件号码').locator('.el-form-item__error'))).toContain('18位');
    await shot(page, 'new-refused');
    await form.getByTestId('request-id-number').fill('211302198501011234');
    await form.getByTestId('request-submit').click();
    await page.waitForURL(/\/admin\/requests\/[0-9a-f-]{36}$/);
    requestPath = new URL(page.url()).pathname;
    await expect.poll(() => textOf(page.getByTestId('request-state'))).toBe('办理中');
    requestNumber = await textOf(page.getByTestId('request-number'));
    expect(requestNumber).toMatch(NUMBER);
    expect(await textOf(page.getByTestId('request-received-on'))).toBe(dayFromToday(0));
    expect(await textOf(page.getByTestId('request-due-on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await textOf(page.getByTestId('request-applicant'))).toContain('赵晓');
    await checkPage(page, 'registered');
    await page.close();
  }, 180_000);

  it('asks once for a correction; the corrected request starts the clock again; the reply makes the letter', async () => {
    const page = await signIn(browser, 'jiaoyu.gk');
    await page.goto(absoluteUrl(requestPath));
    await page.getByTestId('request-askCorrection').waitFor();
    await step(page, 'askCorrection', async (dialog) => {
      await formItem(dialog, '需要补正的事项').locator('textarea').fill('请写明所需会议记录的会议名称和召开时间。');
      await setDate(formItem(dialog, '补正期限'), dayFromToday(15));
    });
    await expect.poll(() => textOf(page.getByTestId('request-state'))).toBe('待补正');
    expect(await textOf(page.getByTestId('request-correction-due'))).toBe(dayFromToday(15));
    // one notice only: the step is gone
    expect(await page.getByTestId('request-askCorrection').count()).toBe(0);
    await checkPage(page, 'correction');
    await step(page, 'receiveCorrection', async () => {});
    await expect.poll(() => textOf(page.getByTestId('request-state'))).toBe('办理中');

    const reply = page.getByTestId('request-reply-form');
    await reply.waitFor();
    await page.getByTestId('request-reply').click();
    await expect.poll(() => textOf(formItem(reply, '所需信息').locator('.el-form-item__error'))).toBe('请选择答复类型');
    const choose = async (testid: string, option: string) => {
      // one list open at a time: the one just closed may still be fading out
      await expect.poll(() => page.locator('.el-select-dropdown:visible').count()).toBe(0);
      await page.getByTestId(testid).click();
      await page.locator('.el-select-dropdown:visible').getByRole('option', { name: option, exact: true }).click();
    };
    await choose('request-outcome-0', '予以公开');
    await choose('request-outcome-1', '不予公开');
    await choose('request-outcome-reason-1', '属于四类过程性信息');
    await page.getByTestId('request-reply-text').fill('第1项予以公开，随本答复书提供；第2项属于过程性信息，不予公开。');
    await page.getByTestId('request-reply').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('request-state'))).toBe('已答复待送达');
    const letter = page.getByTestId('request-letter');
    expect(await textOf(letter)).toContain('政府信息公开申请答复书');
    expect(await textOf(letter)).toContain('不予公开（属于四类过程性信息）');
    expect(await textOf(letter)).toContain('部分公开');
    expect(await textOf(page.getByTestId('request-item-outcome-2'))).toContain('不予公开');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('request-letter-download').click()]);
    expect(download.suggestedFilename()).toBe(`政府信息公开申请答复书-${requestNumber}.docx`);
    const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await checkPage(page, 'replied');

    await step(page, 'deliver', async () => {});
    await expect.poll(() => textOf(page.getByTestId('request-state'))).toBe('已办结');
    expect(await textOf(page.getByTestId('request-delivered'))).toContain(dayFromToday(0));
    await page.close();
  }, 180_000);

  it('the list finds it by its number', async () => {
    const page = await signIn(browser, 'jiaoyu.gk');
    await openMenu(page, 'requests');
    await page.getByTestId('request-search').fill(requestNumber);
    await expect.poll(() => page.getByTestId('request-table').locator('tbody tr').count()).toBe(1);
    expect(await textOf(page.getByTestId('request-table').locator('tbody tr').first())).toContain('已办结');
    await page.close();
  }, 180_000);
});

describe('an extension', () => {
  it('is asked by the disclosure body and approved by the head of the bureau', async () => {
    const cookie = await sessionOf('jiaoyu.gk');
    const made = await fetchGraphql<{ registerDisclosureRequest: { id: string } }>(
      `mutation($i:RegisterRequestInput!){ registerDisclosureRequest(input:$i){ id } }`,
      {
        i: {
          unitId: (await fetchGraphql<{ me: { user: { unitId: string } } }>('{ me { user { unitId } } }', {}, cookie)).me.user.unitId,
          channel: 'LETTER',
          receivedOn: dayFromToday(-1),
          applicantKind: 'BUSINESS',
          applicantName: `朝阳市育才教育科技有限公司（${RUN_NO}）`,
          contactPerson: '钱经理',
          idProofKind: 'CREDIT_CODE',
          idProofNumber: '91211300MA0XYX1234',
          phone: '0421-2819999',
          items: [{ description: '2025年全市中小学校舍安全检查报告' }],
          informationForm: 'ELECTRONIC',
          deliveryMethod: 'PICKUP',
        },
      },
      cookie,
    );
    const path = `/admin/requests/${made.registerDisclosureRequest.id}`;
    const officer = await signIn(browser, 'jiaoyu.gk');
    await officer.goto(absoluteUrl(path));
    await step(officer, 'requestExtension', async (dialog) => {
      await formItem(dialog, '延期理由').locator('textarea').fill('涉及全市各校的检查记录，需要逐校汇总核实。');
    });
    await expect.poll(() => textOf(officer.getByTestId('request-extension-state'))).toBe('延期待批准');
    const dueBefore = await textOf(officer.getByTestId('request-due-on'));
    // the body does not approve its own request
    expect(await officer.getByTestId('request-approveExtension').count()).toBe(0);
    await officer.close();

    const head = await signIn(browser, 'jiaoyu.head');
    await head.goto(absoluteUrl(path));
    await head.getByTestId('request-approveExtension').waitFor();
    await settled(head);
    await checkPage(head, 'extension');
    await step(head, 'approveExtension');
    await expect.poll(() => textOf(head.getByTestId('request-extension-state'))).toBe('已批准延期');
    expect((await textOf(head.getByTestId('request-due-on'))) > dueBefore).toBe(true);
    await head.close();
  }, 180_000);
});

describe("the year's figures", () => {
  it('table 三 counts the requests of the year by applicant kind', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'request-statistics');
    const table = page.getByTestId('request-table-three');
    await table.waitFor();
    await expect.poll(async () => Number((await textOf(page.getByTestId('t3-NEW').locator('td').last())) || 0)).toBeGreaterThan(0);
    expect(await textOf(table)).toContain('（二）部分公开');
    await checkPage(page, 'statistics');
    await page.close();
  }, 180_000);
});
