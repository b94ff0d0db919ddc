/**
 * Admin SPA, end to end (each demo account's menu is checked with its pages in admin-accessibility.e2e.ts):
 * the administrator adds a policy-parameter version and unlocks an account held back after failed sign-ins. Screenshots: test-results/screenshots/admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, confirmMessageBox, fetchGraphql, launchChromium, screenshotPath, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('policy parameters', () => {
  it('the administrator adds a version with a future effective date, and it appears in the history', async () => {
    const page = await signIn(browser, 'admin');
    await page.getByTestId('menu').getByTestId('menu-parameters').click();
    const key = 'supervisors.count';
    await page.getByTestId(`param-add-version-${key}`).click();
    const dialog = page.getByTestId('param-version-dialog');
    await dialog.getByTestId('param-version-value').locator('input').fill('24');
    const date = new Date(Date.now() + 8 * 3600_000 + 30 * 86400_000).toISOString().slice(0, 10);
    const dateInput = dialog.getByTestId('param-version-effective-from').locator('input');
    await dateInput.fill(date);
    await dateInput.press('Enter');
    await dialog.getByTestId('param-version-source').locator('input').fill('朝阳市人民政府关于调整政务公开监督员人数的通知');
    await page.screenshot({ path: screenshotPath('admin-parameter-add') });
    await dialog.getByTestId('param-version-submit').click();
    await expect.poll(async () => (await page.getByTestId(`param-history-${key}`).textContent()) ?? '', { timeout: 10_000 }).toContain(date);
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: screenshotPath('admin-parameters') });
    await page.context().close();
  });
});

describe('users', () => {
  /** A sign-in over plain HTTP: the refusal's message, or '' when it succeeds. */
  const signInRefusal = (username: string, password: string) =>
    fetchGraphql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { sessionExpiresAt } }', { u: username, p: password }).then(
      () => '',
      (e: Error) => e.message,
    );

  it('the administrator unlocks an account held back after failed sign-ins, and its owner signs in at once', async () => {
    const username = 'dangxiao';
    // Wrong passwords until the server holds the account back (a few per account and address).
    let refusal = '';
    for (let i = 0; i < 10 && !refusal.includes('次数过多'); i++) refusal = await signInRefusal(username, 'wrong-password-1');
    expect(refusal).toContain('次数过多');
    expect(await signInRefusal(username, DEMO_PASSWORD)).toContain('次数过多');

    const page = await signIn(browser, 'admin');
    await page.getByTestId('menu').getByTestId('menu-users').click();
    await page.getByTestId('user-filter-search').locator('input').fill(username);
    const unlock = page.getByTestId(`user-unlock-${username}`);
    await unlock.waitFor();
    await expect.poll(() => page.getByTestId('user-table').locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await unlock.click();
    await confirmMessageBox(page);
    await page.locator('.el-message--success', { hasText: '已解锁' }).waitFor();
    await page.screenshot({ path: screenshotPath('admin-users-unlocked') });
    await page.context().close();

    expect(await signInRefusal(username, DEMO_PASSWORD)).toBe('');
  });
});
