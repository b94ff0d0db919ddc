/**
 * Admin SPA, end to end, across several screens and users: switching workspaces, the account
 * request from the unit's request to the new account's first sign-in, and dissolving (撤销) units.
 * Screenshots: test-results/screenshots/admin-flow-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { confirmMessageBox, launchChromium, openMenu, RUN, RUN_NO, screenshotter, signIn, textOf } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Transitions (dialogs fading in, tags zooming in) are finished before the picture is taken. */
const shot = screenshotter('admin-flow', { animations: 'disabled' });

/** The open to-do on the home page whose row mentions `needle`. */
async function todoRow(page: Page, needle: string): Promise<Locator> {
  await openMenu(page, 'home');
  const row = page.getByTestId('todo-list').locator('tbody tr', { hasText: needle });
  await row.first().waitFor({ timeout: 15_000 });
  return row.first();
}

/** Follow a to-do to the account request it is about; returns the request's id. */
async function openRequestFromTodo(page: Page, row: Locator): Promise<string> {
  await row.locator('a.todo-link').click();
  await page.waitForURL(/\/admin\/account-requests\/[0-9a-f-]{36}$/);
  await page.getByTestId('account-request-detail').waitFor();
  return page.url().split('/').pop()!;
}

describe('workspaces', () => {
  it('a user with two roles switches workspace in the header, and the home page follows', async () => {
    const page = await signIn(browser, 'gongkaiban');
    // DISCLOSURE_OFFICE comes first among the workspaces; TRAINING_ADMIN opens the training one.
    const tag = page.getByTestId('home-workspace');
    const intro = page.getByTestId('home-workspace-intro');
    await expect.poll(() => textOf(tag)).toBe('政务公开办公室');
    expect(await textOf(intro)).toContain('公开属性审查');
    expect(await textOf(page.getByTestId('workspace-switcher'))).toContain('政务公开办公室');
    await shot(page, 'workspace-disclosure-office');

    await page.getByTestId('workspace-switcher').click();
    const options = page.locator('[data-testid^="workspace-option-"]');
    await page.getByTestId('workspace-option-training').waitFor();
    expect(await options.count(), 'one option per role').toBe(2);
    await page.getByTestId('workspace-option-training').click();

    await expect.poll(() => textOf(tag)).toBe('培训');
    expect(await textOf(intro)).toContain('培训课程');
    expect(await textOf(intro)).not.toContain('公开属性审查');
    expect(await textOf(page.getByTestId('workspace-switcher'))).toContain('培训');
    // the menu is the one of the new workspace: still the reference pages, never the administrator's
    const menu = page.getByTestId('menu');
    expect(await menu.getByTestId('menu-home').count()).toBe(1);
    expect(await menu.getByTestId('menu-parameters').count()).toBe(1);
    expect(await menu.getByTestId('menu-units').count()).toBe(0);
    await shot(page, 'workspace-training');

    // the choice is remembered for this user
    await page.reload();
    await page.getByTestId('menu').waitFor();
    await expect.poll(() => textOf(page.getByTestId('home-workspace'))).toBe('培训');
    await page.context().close();
  });
});

describe('account request', () => {
  it('a unit asks, the administrator returns it, the unit revises, the administrator approves, the new account signs in', async () => {
    const username = `e2e.${RUN}`;
    const displayName = `测试员${RUN_NO.slice(-4)}`;
    const returnReason = `请补充联系电话（${RUN}）`;

    // 1. the head of the education bureau asks for an account and submits at once
    const head = await signIn(browser, 'jiaoyu.head');
    await openMenu(head, 'account-requests');
    await head.getByTestId('account-request-create').click();
    const dialog = head.getByTestId('account-request-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('account-request-display-name').locator('input').fill(displayName);
    await dialog.getByTestId('account-request-username').locator('input').fill(username);
    await dialog.getByTestId('account-request-reason').locator('textarea').fill('新入职科员，负责本局政务公开信息报送');
    await shot(head, 'request-form');
    await dialog.getByTestId('account-request-save-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await head.getByTestId(`account-request-${username}`).waitFor();

    // 2. the administrator finds it on the to-do list, with the kind of work in words
    const admin = await signIn(browser, 'admin');
    const decide = await todoRow(admin, username);
    expect(await textOf(decide)).toContain('账号申请审批');
    expect(await textOf(decide)).toContain(displayName);
    await shot(admin, 'admin-todos');
    const id = await openRequestFromTodo(admin, decide);
    await expect.poll(() => textOf(admin.getByTestId('account-request-state'))).toBe('待审批');

    // … and returns it with a reason
    await admin.getByTestId(`account-request-return-${id}`).click();
    const returnDialog = admin.getByTestId('account-request-return-dialog');
    await returnDialog.waitFor();
    await returnDialog.getByTestId('account-request-return-reason').locator('textarea').fill(returnReason);
    await returnDialog.getByTestId('account-request-return-confirm').click();
    await returnDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(admin.getByTestId('account-request-state'))).toBe('已退回');

    // 3. the head sees the reason (from the to-do), revises and resubmits
    const revise = await todoRow(head, displayName);
    expect(await textOf(revise)).toContain('账号申请退回修改');
    expect(await openRequestFromTodo(head, revise)).toBe(id);
    const shown = head.getByTestId('account-request-return-reason-shown');
    await shown.waitFor();
    expect(await textOf(shown)).toContain(returnReason);
    await shot(head, 'request-returned');
    await head.getByTestId(`account-request-edit-${id}`).click();
    await dialog.waitFor();
    expect(await textOf(dialog)).toContain(returnReason);
    await dialog.getByTestId('account-request-phone').locator('input').fill('13700001234');
    await dialog.getByTestId('account-request-save-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(head.getByTestId('account-request-state'))).toBe('待审批');
    await head.context().close();

    // 4. the administrator approves; the initial password is shown once
    const decideAgain = await todoRow(admin, username);
    expect(await openRequestFromTodo(admin, decideAgain)).toBe(id);
    await expect.poll(() => textOf(admin.getByTestId('account-request-state'))).toBe('待审批');
    expect(await textOf(admin.getByTestId('account-request-detail'))).toContain('13700001234');
    await admin.getByTestId(`account-request-approve-${id}`).click();
    await confirmMessageBox(admin);
    const passwordDialog = admin.getByTestId('initial-password-dialog');
    await passwordDialog.waitFor();
    expect(await textOf(passwordDialog.getByTestId('initial-password-username'))).toBe(username);
    const password = await textOf(passwordDialog.getByTestId('initial-password'));
    expect(password.length).toBeGreaterThanOrEqual(8);
    await shot(admin, 'initial-password');
    await passwordDialog.getByTestId('initial-password-close').click();
    await passwordDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => textOf(admin.getByTestId('account-request-state'))).toBe('已开通');
    await admin.context().close();

    // 5. the new account signs in with that password and sees its home page
    const newcomer = await signIn(browser, username, password);
    await newcomer.getByTestId('todo-list').waitFor();
    expect(await textOf(newcomer.locator('h1.gk-page-title'))).toContain(displayName);
    expect(await textOf(newcomer.getByTestId('home-workspace'))).toBe('部门工作台');
    await shot(newcomer, 'new-account-home');
    await newcomer.context().close();
  });
});

describe('dissolving units', () => {
  /** Open 单位管理 and select the unit with exactly this name. */
  async function selectUnit(page: Page, name: string) {
    await openMenu(page, 'units');
    const tree = page.getByTestId('unit-tree');
    await page.getByTestId('unit-filter').locator('input').fill(name);
    const node = tree.locator('.tree-node', { has: page.locator('.tree-name', { hasText: new RegExp(`^${name}$`) }) });
    await node.click();
    await expect.poll(() => textOf(page.locator('.detail-head h2'))).toBe(name);
    return node;
  }

  it('the administrator dissolves a freshly created empty unit, hides it, and restores it', async () => {
    const page = await signIn(browser, 'admin');
    await selectUnit(page, '朝阳市人民政府');
    await page.getByTestId('unit-create-child').click();
    const name = `测试撤销单位${RUN}`;
    await page.getByTestId('unit-name').locator('input').fill(name);
    await page.getByTestId('unit-save').click();
    await expect.poll(() => textOf(page.locator('.detail-head h2'))).toBe(name);
    expect(await textOf(page.getByTestId('unit-status'))).toBe('在用');
    await page.getByTestId('unit-filter').locator('input').fill('');

    await page.getByTestId('unit-deactivate').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('unit-status'))).toBe('已撤销');
    await page.getByTestId('unit-inactive-notice').waitFor();
    expect(await page.getByTestId('unit-create-child').isDisabled()).toBe(true);
    const node = page.getByTestId('unit-tree').locator('.tree-node', { hasText: name });
    await expect.poll(() => node.getAttribute('data-active')).toBe('false');
    expect(await textOf(node)).toContain('已撤销');
    await expect.poll(() => textOf(page.getByTestId('unit-count'))).toMatch(/已撤销 [1-9]\d* 个/);
    await node.scrollIntoViewIfNeeded();
    await shot(page, 'unit-deactivated');

    // the filter hides dissolved units, and shows them again
    await page.getByTestId('unit-hide-inactive').click();
    await node.waitFor({ state: 'hidden' });
    await page.getByTestId('unit-hide-inactive').click();
    await node.waitFor({ state: 'visible' });

    await page.getByTestId('unit-reactivate').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(page.getByTestId('unit-status'))).toBe('在用');
    await expect.poll(() => node.getAttribute('data-active')).toBe('true');
    await page.context().close();
  });

  it('the administrator cannot dissolve 朝阳市教育局 while accounts remain in it, and is told why', async () => {
    const page = await signIn(browser, 'admin');
    await selectUnit(page, '朝阳市教育局');
    await page.getByTestId('unit-deactivate').click();
    await confirmMessageBox(page);
    const error = page.getByTestId('unit-active-error');
    await error.waitFor();
    expect(await textOf(error)).toMatch(/还有\d+个在用账号/);
    expect(await textOf(page.getByTestId('unit-status'))).toBe('在用');
    await shot(page, 'unit-in-use');
    await page.context().close();
  });
});
