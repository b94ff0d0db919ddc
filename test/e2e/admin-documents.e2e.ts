/**
 * Admin SPA, end to end, for policy documents (system 2) and their interpretation (system 5): a
 * department drafts a government document close to the public's interest, the server refuses it
 * without a disclosure attribute (the reason shown next to the field), the drafter fixes it and adds
 * the interpretation plan and materials, the head signs off, the Disclosure Office returns it once
 * (退文) and then approves it, and the Document Section numbers and issues it; the document's
 * history shows every step. Then the other screens of the flow are visited.
 * Screenshots: test-results/screenshots/admin-doc-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { BASE_URL, confirmMessageBox, launchChromium, openMenu, RUN, screenshotter, signIn, textOf } from './support.js';

const TITLE = `朝阳市人民政府关于进一步加强校外培训机构规范管理的通知（${RUN}）`;
/** Issued weeks ago without its interpretation: past its deadline. */
const LATE_TITLE = `朝阳市人民政府关于加强城市道路停车秩序管理的通知（${RUN}）`;
const RETURN_REASON = '请在正文中补充收费监管的具体措施，并在解读材料中说明与原政策的差异。';
/** A 1×1 PNG, for the infographic upload. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Transitions (dialogs fading in, tags zooming in) are finished before the picture is taken. */
const shot = screenshotter('admin-doc', { animations: 'disabled' });

/** The row of a table that mentions this run's document. */
function rowOf(table: Locator): Locator {
  return table.locator('tbody tr', { hasText: TITLE }).first();
}

async function openDocument(page: Page, id: string) {
  await page.goto(`${BASE_URL}/admin/documents/${id}`);
  await page.getByTestId('doc-state').waitFor();
}

/** A GraphQL call in the signed-in user's session (to prepare data the test is not about). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${BASE_URL}/graphql`, { data: { query, variables }, headers: { 'apollo-require-preflight': 'true' } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

async function stateOf(page: Page) {
  return textOf(page.getByTestId('doc-state'));
}

let docId = '';

describe('a government document from draft to issue', () => {
  it('the drafter is refused without an attribute, fixes it with the interpretation, and submits', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'documents');
    await page.getByTestId('doc-table').locator('tbody tr').first().waitFor();
    await shot(page, 'list');
    await page.getByTestId('doc-create').click();
    await page.getByTestId('doc-form').waitFor();

    await page.getByTestId('doc-kind-GOVERNMENT').click();
    await page.getByTestId('doc-title').locator('input').fill(TITLE);
    await page.getByTestId('doc-addressees').locator('input').fill('各县（市）区人民政府，市政府各部门，市直各单位：');
    await page
      .getByTestId('doc-body')
      .locator('textarea')
      .fill('为进一步规范校外培训机构办学行为，减轻学生过重校外培训负担，现就有关事项通知如下。\n一、严格审批登记。\n二、加强日常监管。');
    await page.getByTestId('doc-flag-closeToPublic').click();
    await page.getByTestId('doc-flag-wideScope').click();

    // no attribute: the server refuses, and says why next to the attribute field
    await page.getByTestId('doc-save-submit').click();
    await confirmMessageBox(page);
    const attributeError = page.getByTestId('doc-attribute-item').locator('.el-form-item__error');
    await attributeError.waitFor();
    expect(await textOf(attributeError)).toContain('请认定公开属性');
    await page.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}\/edit/);
    docId = page.url().match(/documents\/([0-9a-f-]{36})/)![1]!;
    expect(await textOf(page.getByTestId('doc-editor-state'))).toBe('起草中');
    await shot(page, 'attribute-refused');

    // the attribute, then the interpretation plan and materials
    await page.getByTestId('doc-attribute-PROACTIVE').click();
    await page.getByTestId('doc-tab-interpretation').click();
    const interp = page.getByTestId('interp-form');
    await interp.getByTestId('interp-scope').locator('input').fill('全市中小学生家长、校外培训机构');
    await interp.getByTestId('interp-form-PRESS_CONFERENCE').click();
    await interp.getByTestId('interp-form-INFOGRAPHIC').click();
    await interp.getByTestId('interp-form-WECHAT').click();
    await interp.getByTestId('interp-schedule').locator('input').fill('文件印发当日在市政府网站“政策解读”栏目发布');
    await interp.getByTestId('interp-spokesperson').locator('input').fill('市教育局分管副局长');
    await interp.getByTestId('interp-content').locator('textarea').fill('一、出台背景……\n二、主要内容：严格审批登记；加强日常监管。');
    await interp.getByTestId('interp-qa').locator('textarea').fill('问：哪些机构需要登记？\n答：面向中小学生的学科类培训机构。');
    await interp.getByTestId('interp-links').locator('textarea').fill('https://www.chaoyang.gov.cn/zcjd/e2e-video.html');
    // saved as a draft first: the infographic can be uploaded once the interpretation exists
    await page.getByTestId('doc-save').click();
    const images = page.getByTestId('doc-interp-images');
    await images.waitFor();
    await images.locator('input[type=file]').setInputFiles({ name: '图解.png', mimeType: 'image/png', buffer: PNG });
    await images.locator('img').first().waitFor();
    await shot(page, 'interpretation-tab');

    await page.getByTestId('doc-save-submit').click();
    await confirmMessageBox(page);
    await page.waitForURL(new RegExp(`/admin/documents/${docId}(\\?.*)?$`));
    await expect.poll(() => stateOf(page)).toBe('待负责人审签');
    await shot(page, 'detail-submitted');
    await page.context().close();
  });

  it('the head signs off from the sign-off queue', async () => {
    const page = await signIn(browser, 'jiaoyu.head');
    await openMenu(page, 'document-signoff-queue');
    const row = rowOf(page.getByTestId('queue-table'));
    await row.waitFor();
    await shot(page, 'signoff-queue');
    await row.getByTestId(`doc-sign-off-${docId}`).click();
    await confirmMessageBox(page);
    await row.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('the Disclosure Office reviews it side by side and returns it with a reason', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'document-review-queue');
    const row = rowOf(page.getByTestId('queue-table'));
    await row.waitFor();
    await shot(page, 'review-queue');
    await row.getByTestId(`doc-review-${docId}`).click();
    await page.getByTestId('review-attribute').waitFor();
    expect(await textOf(page.getByTestId('review-attribute-value'))).toBe('主动公开');
    await page.getByTestId('review-interpretation').getByTestId('interp-view-1').waitFor();
    await page.getByTestId('review-interpretation').locator('img').first().waitFor();
    await shot(page, 'review');
    await page.getByTestId('review-return').click();
    const dialog = page.getByTestId('doc-return-dialog');
    await dialog.getByTestId('doc-return-reason').locator('textarea').fill(RETURN_REASON);
    await shot(page, 'review-return');
    await dialog.getByTestId('doc-return-confirm').click();
    await page.waitForURL(/\/admin\/document-queue\/review$/);
    await page.getByTestId('queue-table').waitFor();
    await page.context().close();
  });

  it('the drafter sees the reason, revises and submits again; the head signs off again', async () => {
    const staff = await signIn(browser, 'jiaoyu.staff');
    await openDocument(staff, docId);
    expect(await stateOf(staff)).toBe('已退文');
    expect(await textOf(staff.getByTestId('doc-return-reason-shown'))).toContain(RETURN_REASON);
    await shot(staff, 'returned');
    await staff.getByTestId(`doc-edit-${docId}`).click();
    await staff.getByTestId('doc-form').waitFor();
    expect(await textOf(staff.getByTestId('doc-return-reason-shown'))).toContain(RETURN_REASON);
    const body = staff.getByTestId('doc-body').locator('textarea');
    await body.fill(`${await body.inputValue()}\n三、规范收费行为。培训机构收费实行资金监管。`);
    await staff.getByTestId('doc-save-submit').click();
    await confirmMessageBox(staff);
    await staff.waitForURL(new RegExp(`/admin/documents/${docId}(\\?.*)?$`));
    await expect.poll(() => stateOf(staff)).toBe('待负责人审签');
    await staff.context().close();

    // the head signs off from the document's page this time
    const head = await signIn(browser, 'jiaoyu.head');
    await openDocument(head, docId);
    await head.getByTestId(`doc-sign-off-${docId}`).click();
    await confirmMessageBox(head);
    await expect.poll(() => stateOf(head)).toBe('待政务公开办审查');
    await head.context().close();
  });

  it('the Disclosure Office approves it, with interpretation needed', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'document-review-queue');
    const row = rowOf(page.getByTestId('queue-table'));
    await row.getByTestId(`doc-review-${docId}`).click();
    await page.getByTestId('review-decision').waitFor();
    await page.getByTestId('review-needed-yes').click();
    // the forms are proposed from the drafting unit's plan
    await expect.poll(async () => page.getByTestId('review-form-PRESS_CONFERENCE').locator('input').isChecked()).toBe(true);
    await page.getByTestId('review-scope').locator('input').fill('全市中小学生家长');
    await shot(page, 'review-approve');
    await page.getByTestId('review-approve').click();
    await confirmMessageBox(page);
    await page.waitForURL(/\/admin\/document-queue\/review$/);
    await openDocument(page, docId);
    expect(await stateOf(page)).toBe('已移送文电科');
    await page.context().close();
  });

  it('the Document Section issues it and sees the number; the .docx downloads', async () => {
    const page = await signIn(browser, 'wendianke');
    await openMenu(page, 'document-issue-queue');
    const row = rowOf(page.getByTestId('queue-table'));
    await row.waitFor();
    await shot(page, 'issue-queue');
    await row.getByTestId(`doc-issue-${docId}`).click();
    const dialog = page.getByTestId('doc-issue-dialog');
    await dialog.waitFor();
    await shot(page, 'issue-dialog');
    await dialog.getByTestId('doc-issue-confirm').click();
    const box = page.locator('.doc-issued-box');
    await box.waitFor();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const message = await textOf(box);
    expect(message).toMatch(new RegExp(`朝政发〔${year}〕\\d+号`));
    const number = message.match(/朝政发〔\d{4}〕\d+号/)![0];
    await shot(page, 'issued');
    await box.getByRole('button', { name: '确定', exact: true }).click();

    await page.getByTestId('queue-view-issued').click();
    const issued = rowOf(page.getByTestId('queue-table'));
    await expect.poll(() => textOf(issued.getByTestId(`doc-number-${docId}`)), { timeout: 10_000 }).toBe(number);
    const href = await issued.getByTestId(`doc-docx-${docId}`).getAttribute('href');
    const docx = await page.request.get(`${BASE_URL}${href}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    await shot(page, 'issued-list');

    await openDocument(page, docId);
    expect(await stateOf(page)).toBe('已印发');
    expect(await textOf(page.getByTestId('doc-number'))).toBe(number);
    await shot(page, 'detail-issued');
    await page.context().close();
  });

  it("the document's history shows every step", async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openDocument(page, docId);
    await page.getByTestId('doc-tab-interpretation').click();
    await page.getByTestId('interp-view-1').waitFor();
    // ready on issue and proactive: published with the document
    expect(await textOf(page.getByTestId('interp-state-1'))).toBe('已发布');
    await shot(page, 'detail-interpretation');
    await page.getByTestId('doc-tab-history').click();
    const history = page.getByTestId('doc-history');
    await history.locator('.el-timeline-item').first().waitFor();
    for (const action of ['create', 'submit', 'signOff', 'return', 'approve', 'issue']) {
      expect(await history.getByTestId(`history-PolicyDocument.${action}`).count(), action).toBeGreaterThan(0);
    }
    expect(await history.getByTestId('history-PolicyDocument.submit').count()).toBe(2);
    expect(await history.getByTestId('history-PolicyDocument.signOff').count()).toBe(2);
    expect(await textOf(history.getByTestId('history-PolicyDocument.return').first())).toContain(RETURN_REASON);
    expect(await textOf(history)).toContain('待负责人审签');
    await shot(page, 'history');
    await page.context().close();
  });
});

describe('the other screens of the flow', () => {
  it("the disclosure officer's approval queue", async () => {
    const page = await signIn(browser, 'jiaoyu.gk');
    await openMenu(page, 'document-officer-queue');
    const row = page.getByTestId('queue-table').locator('tbody tr', { hasText: '内部财务审计' }).first();
    await row.waitFor();
    expect(await row.getByRole('button', { name: '审定通过' }).count()).toBe(1);
    expect(await row.getByRole('button', { name: '退回' }).count()).toBe(1);
    await shot(page, 'officer-queue');
    await page.context().close();
  });

  it('a department numbers and issues its own document after the head signs off', async () => {
    const title = `朝阳市教育局关于做好2026年中小学暑期安全工作的通知（${RUN}）`;
    const staff = await signIn(browser, 'jiaoyu.staff');
    await staff.goto(`${BASE_URL}/admin/documents/new`);
    await staff.getByTestId('doc-form').waitFor();
    await staff.getByTestId('doc-kind-DEPARTMENT').click();
    await staff.getByTestId('doc-title').locator('input').fill(title);
    await staff.getByTestId('doc-body').locator('textarea').fill('各县（市）区教育局，市直各学校：暑期将至，现就做好学生暑期安全工作通知如下……');
    await staff.getByTestId('doc-attribute-PROACTIVE').click();
    await staff.getByTestId('doc-save-submit').click();
    await confirmMessageBox(staff);
    await staff.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}(\?.*)?$/);
    const id = staff.url().match(/documents\/([0-9a-f-]{36})/)![1]!;
    await expect.poll(() => stateOf(staff)).toBe('待负责人审签');

    const head = await signIn(browser, 'jiaoyu.head');
    await openDocument(head, id);
    await head.getByTestId(`doc-sign-off-${id}`).click();
    await confirmMessageBox(head);
    await expect.poll(() => stateOf(head)).toBe('待印发');
    await head.context().close();

    await openMenu(staff, 'document-issue-queue');
    const row = staff.getByTestId('queue-table').locator('tbody tr', { hasText: title }).first();
    await row.waitFor();
    await shot(staff, 'department-issue-queue');
    await row.getByTestId(`doc-issue-${id}`).click();
    await staff.getByTestId('doc-issue-confirm').click();
    const box = staff.locator('.doc-issued-box');
    await box.waitFor();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(await textOf(box)).toMatch(new RegExp(`朝教发〔${year}〕\\d+号`));
    await box.getByRole('button', { name: '确定', exact: true }).click();
    await openDocument(staff, id);
    expect(await stateOf(staff)).toBe('已印发');
    await staff.context().close();
  });

  it('a classified document is registered by title, number and date only', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await openMenu(page, 'documents');
    await page.getByTestId('doc-register-classified').click();
    const dialog = page.getByTestId('doc-classified-dialog');
    await dialog.waitFor();
    expect(await textOf(dialog.getByTestId('doc-classified-notice'))).toContain('不得录入正文');
    expect(await dialog.locator('textarea').count()).toBe(0);
    await shot(page, 'classified');
    await page.context().close();
  });

  it('the E-Government Center sees what is published, with links to the portal', async () => {
    const page = await signIn(browser, 'egov');
    await openMenu(page, 'published');
    const docs = page.getByTestId('published-documents');
    const row = docs.locator('tbody tr', { hasText: TITLE }).first();
    await row.waitFor();
    expect(await row.getByTestId(`published-doc-${docId}`).getAttribute('href')).toBe(`/documents/${docId}`);
    await shot(page, 'published');
    await page.getByTestId('published-tab-interpretations').click();
    const interps = page.getByTestId('published-interpretations');
    await interps.locator('tbody tr', { hasText: TITLE }).first().waitFor();
    expect(await interps.locator('tbody tr', { hasText: TITLE }).first().locator('a[href^="/interpretations/"]').count()).toBe(1);
    await shot(page, 'published-interpretations');
    await page.context().close();
  });

  it('to-do links open the document and the interpretation', async () => {
    // the disclosure officer's to-do links to the document
    const officer = await signIn(browser, 'jiaoyu.gk');
    await officer.getByTestId('todo-list').locator('a.todo-link', { hasText: '内部财务审计' }).click();
    await officer.waitForURL(/\/admin\/documents\/[0-9a-f-]{36}(\?.*)?$/);
    await expect.poll(() => stateOf(officer)).toBe('待公开机构审定');
    await shot(officer, 'todo-document');
    await officer.context().close();

    // a document to be interpreted, issued (with an issue date weeks ago) without its interpretation:
    // the owner and the Disclosure Office get a to-do, past its deadline already
    const staff = await signIn(browser, 'jiaoyu.staff');
    const created = await graphql<{ createDocument: { id: string; version: number } }>(
      staff,
      'mutation($input: DocumentInput!) { createDocument(input: $input) { id version } }',
      { input: { kind: 'GOVERNMENT', title: LATE_TITLE, body: '为规范城市道路停车秩序，现就有关事项通知如下……', disclosureAttribute: 'PROACTIVE' } },
    );
    const id = created.createDocument.id;
    const submitted = await graphql<{ submitDocument: { version: number } }>(
      staff,
      'mutation($id: ID!, $version: Int!) { submitDocument(id: $id, version: $version) { version } }',
      { id, version: created.createDocument.version },
    );
    await staff.context().close();
    const head = await signIn(browser, 'jiaoyu.head');
    const signed = await graphql<{ signOffDocument: { version: number } }>(
      head,
      'mutation($id: ID!, $version: Int!) { signOffDocument(id: $id, version: $version) { version } }',
      { id, version: submitted.submitDocument.version },
    );
    await head.context().close();
    const reviewer = await signIn(browser, 'gongkaiban');
    await graphql(
      reviewer,
      'mutation($id: ID!, $version: Int!, $input: ReviewDocumentInput!) { reviewDocument(id: $id, version: $version, input: $input) { id } }',
      {
        id,
        version: signed.signOffDocument.version,
        input: { interpretationNeeded: true, interpretationForms: ['WECHAT'] },
      },
    );
    await reviewer.context().close();

    const section = await signIn(browser, 'wendianke');
    await openMenu(section, 'document-issue-queue');
    const row = section.getByTestId('queue-table').locator('tbody tr', { hasText: LATE_TITLE }).first();
    await row.getByTestId(`doc-issue-${id}`).click();
    const issueDate = new Date(Date.now() + 8 * 3600_000 - 20 * 86400_000).toISOString().slice(0, 10);
    const dateInput = section.getByTestId('doc-issue-date').locator('input');
    await dateInput.fill(issueDate);
    await dateInput.press('Enter');
    await section.getByTestId('doc-issue-confirm').click();
    const box = section.locator('.doc-issued-box');
    await box.waitFor();
    expect(await textOf(box)).toMatch(/朝政发〔\d{4}〕\d+号/);
    expect(await textOf(box)).toContain(issueDate);
    await section.context().close();

    const office = await signIn(browser, 'gongkaiban');
    await office
      .getByTestId('todo-list')
      .locator('a.todo-link', { hasText: `督办政策解读：${LATE_TITLE}` })
      .click();
    await office.waitForURL(new RegExp(`/admin/documents/${id}\\?.*tab=interpretation`));
    await office.getByTestId('interp-view-1').waitFor();
    expect(await textOf(office.getByTestId('interp-state-1'))).toBe('未发布');
    await shot(office, 'todo-interpretation');
    await office.context().close();
  });

  it('the Disclosure Office oversees interpretations: the overdue one is marked in red', async () => {
    const page = await signIn(browser, 'gongkaiban');
    await openMenu(page, 'interpretations');
    const table = page.getByTestId('interp-table');
    await table.locator('tbody tr', { hasText: TITLE }).first().waitFor();
    await shot(page, 'interpretations');
    await page.getByTestId('interp-filter-overdue').click();
    // only those past their deadline remain: not the one published on issue, but the one issued weeks ago
    await expect.poll(() => table.locator('tbody tr', { hasText: TITLE }).count()).toBe(0);
    const overdue = table.locator('tbody tr', { hasText: LATE_TITLE }).first();
    await overdue.waitFor();
    expect(await overdue.locator('[data-testid^="interp-overdue-"]').count()).toBe(1);
    expect(await overdue.locator('.gk-overdue').count()).toBe(1);
    await shot(page, 'interpretations-overdue');
    await page.context().close();
  });
});
