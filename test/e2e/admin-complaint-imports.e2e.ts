/**
 * Admin SPA, end to end, for the imports of the other channels' export files (system 8): the
 * Complaint Office reads the 12345 hotline's columns and downloads its sample file, imports it
 * through the page's file input and follows the progress bar to its end with the counts the server
 * gives (and the sample's duplicate and malformed rows call for); a reload shows the same import;
 * the refused rows are listed and the error report downloads with all of them; a second import of
 * the same file creates nothing and skips every row imported before; a file of another type is
 * refused with the server's message; a unit's staff have no import in their menu and cannot open
 * the page. Pages pass axe (no serious or critical violation) and show no English word or raw
 * code. Screenshots: test-results/screenshots/admin-import-*.png.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { absoluteUrl, adminPageProblems, launchChromium, openMenu, screenshotter, seriousViolations, settled, signIn, textOf } from './support.js';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/server/src/modules/complaints/samples/hotline-12345.csv');
const SAMPLE_NAME = 'hotline-12345.csv';

let browser: Browser;
let sample: Buffer;
/** The sample's data rows (after the heading) and, of those, the rows whose 工单编号 an earlier row has. */
let dataRows = 0;
let repeatedInFile = 0;
beforeAll(async () => {
  browser = await launchChromium();
  sample = await readFile(SAMPLE);
  const lines = sample
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1);
  dataRows = lines.length;
  const seen = new Set<string>();
  for (const line of lines) {
    const id = line.split(',')[0]!.trim();
    if (id && seen.has(id)) repeatedInFile++;
    if (id) seen.add(id);
  }
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-import', { animations: 'disabled', fullPage: true });
/** The page's axe check, its words and its screenshots at desktop and phone size (support.ts). */
const checkPage = async (page: Page, name: string) =>
  expect(await adminPageProblems(page, shot, name, [SAMPLE_NAME, /\.(xlsx|csv)\b/, /UTF-8|GBK/, /RX\d+/])).toEqual([]);

interface ImportCounts {
  state: string;
  rowsRead: number;
  rowsTotal: number | null;
  created: number;
  skipped: number;
  failed: number;
  errorsUrl: string;
}

/** The import as the server answers it, asked with the page's own session. */
async function importOf(page: Page, id: string): Promise<ImportCounts> {
  const response = await page.request.post(absoluteUrl('/graphql'), {
    headers: { 'content-type': 'application/json' },
    data: { query: 'query($id:ID!){ caseImport(id:$id){ state rowsRead rowsTotal created skipped failed errorsUrl } }', variables: { id } },
  });
  const body = (await response.json()) as { data?: { caseImport: ImportCounts }; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? 'no answer');
  return body.data.caseImport;
}

/** What a download holds. */
async function contentOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}

/** Chooses the 12345 hotline, puts the file into the page's file input and uploads it. */
async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const form = page.getByTestId('import-form');
  await form.getByTestId('import-channel-HOTLINE').click();
  await form.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  await expect.poll(() => textOf(form.getByTestId('import-file-name'))).toBe(file.name);
  await form.getByTestId('import-upload').click();
}

/** Uploads the sample and follows the progress bar to its end; the import's id and the server's counts. */
async function importSample(page: Page): Promise<{ id: string; counts: ImportCounts }> {
  await upload(page, { name: SAMPLE_NAME, mimeType: 'text/csv', buffer: sample });
  await page.waitForURL(/\/admin\/complaints\/imports\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await expect.poll(() => textOf(page.getByTestId('import-state')), { timeout: 30_000 }).toBe('已完成');
  const counts = await importOf(page, id);
  expect(counts.state).toBe('DONE');
  return { id, counts };
}

/** The counts and the bar the progress page shows. */
async function shown(page: Page) {
  return {
    read: Number(await textOf(page.getByTestId('import-read'))),
    created: Number(await textOf(page.getByTestId('import-created'))),
    skipped: Number(await textOf(page.getByTestId('import-skipped'))),
    failed: Number(await textOf(page.getByTestId('import-failed'))),
    bar: await page.getByTestId('import-bar').getAttribute('aria-valuenow'),
    words: await textOf(page.getByTestId('import-words')),
  };
}

let firstPath = '';
let first: ImportCounts;

describe('the Complaint Office imports the 12345 hotline export file', () => {
  it('reads the channel columns and downloads the sample file', async () => {
    const page = await signIn(browser, 'tousu');
    await page.getByTestId('menu').getByTestId('menu-complaint-imports').waitFor();
    expect(await textOf(page.getByTestId('menu').getByTestId('menu-complaint-imports'))).toBe('导入');
    // from the case list too
    await openMenu(page, 'complaints');
    await page.getByTestId('case-import').click();
    await page.locator('main h1', { hasText: '导入举报投诉件' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/complaints/imports');
    const form = page.getByTestId('import-form');
    await form.getByTestId('import-channel-HOTLINE').click();
    const mapping = form.getByTestId('import-mapping-table');
    // the columns the hotline's file must have, as the page lists them
    const headings = sample
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)[0]!
      .split(',');
    for (const heading of ['工单编号', '工单类型', '来电内容', '来电时间']) {
      expect(headings).toContain(heading);
      expect(await textOf(mapping.locator('tbody tr', { hasText: heading }).first())).toContain('是');
    }
    expect(await textOf(mapping.locator('tbody tr', { hasText: '来电人' }).first())).toContain('否');

    const [download] = await Promise.all([page.waitForEvent('download'), form.getByTestId('import-sample').click()]);
    expect(download.suggestedFilename()).toBe(SAMPLE_NAME);
    expect((await contentOf(download)).equals(sample)).toBe(true);
    await checkPage(page, 'form');
    await page.context().close();
  });

  it('imports it through the file input and follows the progress to the end; a reload shows the same import', async () => {
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaint-imports');
    const { id, counts } = await importSample(page);
    first = counts;
    firstPath = new URL(page.url()).pathname;
    // the file's rows, each created, skipped (its 工单编号 earlier in the file) or refused
    expect(counts.rowsRead).toBe(dataRows);
    expect(counts.rowsTotal).toBe(dataRows);
    expect(counts.skipped).toBe(repeatedInFile);
    expect(counts.created).toBeGreaterThan(0);
    expect(counts.failed).toBeGreaterThan(0);
    expect(counts.created + counts.skipped + counts.failed).toBe(dataRows);

    const expected = {
      read: counts.rowsRead,
      created: counts.created,
      skipped: counts.skipped,
      failed: counts.failed,
      bar: '100',
      words: `新增${counts.created}件，跳过${counts.skipped}件（已导入），${counts.failed}行未导入`,
    };
    await expect.poll(() => shown(page)).toEqual(expected);

    await page.reload();
    await page.locator('main h1', { hasText: '导入进度' }).waitFor();
    await expect.poll(() => textOf(page.getByTestId('import-state'))).toBe('已完成');
    expect(new URL(page.url()).pathname).toBe(firstPath);
    expect(await shown(page)).toEqual(expected);

    // the refused rows: the first of them on the page, all of them in the error report
    const errors = page.getByTestId('import-errors');
    const table = errors.getByTestId('import-errors-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(counts.failed);
    expect(await textOf(table.locator('thead'))).toMatch(/行号.*来源编号.*原因/);
    expect(await textOf(table)).toContain('RX20260005');
    const [download] = await Promise.all([page.waitForEvent('download'), errors.getByTestId('import-errors-download').click()]);
    expect(download.suggestedFilename()).toBe(`导入错误报告-${SAMPLE_NAME}.csv`);
    const report = (await contentOf(download))
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(report[0]).toContain('原因');
    expect(report).toHaveLength(counts.failed + 1);
    for (const row of await table.locator('tbody tr').all()) {
      const rowNumber = await textOf(row.locator('td').first());
      expect(report.some((line) => line.startsWith(`${rowNumber},`))).toBe(true);
    }
    expect(await page.getByTestId('import-errors-download').getAttribute('href')).toBe(counts.errorsUrl);
    await checkPage(page, 'done');

    // the list of the latest imports opens it
    await page.getByTestId('import-back').click();
    const link = page.getByTestId(`import-link-${id}`);
    await link.waitFor();
    expect(await textOf(page.getByTestId(`import-state-${id}`))).toBe('已完成');
    await checkPage(page, 'list');
    await page.getByTestId('import-list').scrollIntoViewIfNeeded();
    await shot(page, 'list-table');
    await page.getByTestId(`import-link-${id}`).click();
    await page.waitForURL((url) => url.pathname === firstPath);
    await expect.poll(() => textOf(page.getByTestId('import-created'))).toBe(String(counts.created));
    await page.context().close();
  });

  it('imports the same file again: nothing new, every row imported before skipped', async () => {
    const page = await signIn(browser, 'tousu');
    await page.goto(absoluteUrl('/admin/complaints/imports'));
    await page.getByTestId('import-form').waitFor();
    const { counts } = await importSample(page);
    expect(counts.created).toBe(0);
    expect(counts.skipped).toBe(first.created + first.skipped);
    expect(counts.failed).toBe(first.failed);
    await expect
      .poll(() => shown(page))
      .toEqual({
        read: dataRows,
        created: 0,
        skipped: counts.skipped,
        failed: counts.failed,
        bar: '100',
        words: `新增0件，跳过${counts.skipped}件（已导入），${counts.failed}行未导入`,
      });
    await shot(page, 'again');
    await page.context().close();
  });

  it('a file of another type is refused with the server message', async () => {
    const page = await signIn(browser, 'tousu');
    await openMenu(page, 'complaint-imports');
    await page.getByTestId('import-form').waitFor();
    await upload(page, { name: '工单.txt', mimeType: 'text/plain', buffer: Buffer.from('工单编号,工单类型\n') });
    const error = page.getByTestId('import-error');
    await expect.poll(() => textOf(error)).toBe('只能导入 .xlsx 或 .csv 文件');
    expect(new URL(page.url()).pathname).toBe('/admin/complaints/imports');
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'refused');
    await page.context().close();
  });
});

describe('who may import', () => {
  it('a unit’s staff have no import in the menu and cannot open the page', async () => {
    const page = await signIn(browser, 'jiaoyu.staff');
    await page.getByTestId('menu').getByTestId('menu-complaints').waitFor();
    expect(await page.getByTestId('menu').getByTestId('menu-complaint-imports').count()).toBe(0);
    await page.goto(absoluteUrl(firstPath || '/admin/complaints/imports'));
    await page.getByTestId('menu').waitFor();
    await expect.poll(() => new URL(page.url()).pathname).not.toMatch(/imports/);
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    await page.context().close();
  });
});
