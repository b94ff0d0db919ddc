/**
 * Public portal, 政府信息公开 and 政策解读, end to end with the demo data: the issued documents are
 * listed (the proactive one in full, the one on application by title only), search by title,
 * number, unit and year works and can be shared by its address, the proactive document shows its
 * text, the marking of the paper version and a link to its interpretation, the interpretation
 * shows its materials and links back, and nothing that is not issued, not disclosed or classified
 * ever appears. No serious or critical axe-core violation at desktop and phone sizes.
 *
 * Needs E2E_BASE_URL (the server with both SPAs built and fresh demo data).
 * Screenshots go to test-results/screenshots/portal-doc-*.png under the repository root.
 */
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  absoluteUrl,
  DEMO_PASSWORD,
  fetchGraphql,
  heading,
  horizontalOverflow,
  launchChromium,
  listedTitles,
  openPage,
  PORTAL_VIEWPORT_NAMES,
  screenshotter,
  seriousViolations,
} from './support.js';

// ——— the demo data (documents.seed.ts) ———
/** Issued by the education bureau, proactive, with its interpretation published on issue. */
const PROACTIVE_TITLE = '朝阳市教育局关于做好2026年义务教育阶段招生入学工作的通知';
const PROACTIVE_TEXT = '一、坚持免试就近入学。';
const INTERPRETATION_TITLE = `《${PROACTIVE_TITLE}》解读`;
/** Issued by the education bureau, disclosed on application: listed by title only. */
const ON_APPLICATION_TITLE = '朝阳市教育局关于2026年下半年中小学教师资格认定有关事项的通知';
const ON_APPLICATION_TEXT = '现将2026年下半年中小学教师资格认定有关事项通知如下';
/** Not issued (in review, forwarded, returned, draft), not to be disclosed, or classified. */
const NEVER_SHOWN = [
  '朝阳市人民政府关于印发朝阳市学前教育普惠发展三年行动计划（2026—2028年）的通知',
  '朝阳市人民政府办公室关于进一步做好困难群众基本生活保障工作的通知',
  '朝阳市人民政府关于调整城乡居民最低生活保障标准的通知',
  '朝阳市教育局关于2026年局机关内部财务审计工作安排的通知',
  '关于加强中小学课后服务工作的指导意见（征求意见稿）',
  '关于做好2026年国家教育考试安全保密工作的通知',
];
const CLASSIFIED_NUMBER = '朝教发〔2026〕20号';

let browser: Browser;

interface Seeded {
  proactiveId: string;
  proactiveNumber: string;
  onApplicationId: string;
  interpretationId: string;
  imageUrl: string;
}
let seeded: Seeded;

/** A small infographic (PNG): a title band and three bars, enough to see it on the page. */
function infographic(width = 800, height = 450): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, tail]);
  };
  const bars = [
    { x: 120, w: 140, h: 260, rgb: [11, 61, 145] },
    { x: 330, w: 140, h: 200, rgb: [183, 28, 28] },
    { x: 540, w: 140, h: 140, rgb: [46, 125, 50] },
  ];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      let rgb = [243, 246, 250];
      if (y < 70) rgb = [11, 61, 145];
      else {
        const bar = bars.find((b) => x >= b.x && x < b.x + b.w && y >= height - 40 - b.h && y < height - 40);
        if (bar) rgb = bar.rgb;
        else if (y === height - 40) rgb = [75, 85, 99];
      }
      raw.set(rgb, row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Reads the ids the pages need from the public API, and gives the published interpretation an
 * infographic the way its drafting unit would (signed in, uploaded as a file of the interpretation).
 */
async function prepare(): Promise<Seeded> {
  const { publicDocuments } = await fetchGraphql<{
    publicDocuments: { items: { id: string; title: string; documentNumber: string | null }[] };
  }>(`{ publicDocuments(pageSize: 100) { items { id title documentNumber } } }`);
  const proactive = publicDocuments.items.find((d) => d.title === PROACTIVE_TITLE);
  const onApplication = publicDocuments.items.find((d) => d.title === ON_APPLICATION_TITLE);
  if (!proactive?.documentNumber || !onApplication) throw new Error('the demo documents are not published');
  const { publicInterpretations } = await fetchGraphql<{
    publicInterpretations: { items: { id: string; documentId: string }[] };
  }>(`{ publicInterpretations(pageSize: 100) { items { id documentId } } }`);
  const interpretation = publicInterpretations.items.find((i) => i.documentId === proactive.id);
  if (!interpretation) throw new Error('the demo interpretation is not published');

  const login = await fetch(absoluteUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }',
      variables: { u: 'jiaoyu.staff', p: DEMO_PASSWORD },
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(cookie).not.toBe('');
  const form = new FormData();
  form.append('ownerType', 'Interpretation');
  form.append('ownerId', interpretation.id);
  form.append('file', new Blob([new Uint8Array(infographic())], { type: 'image/png' }), '招生入学政策图解.png');
  const upload = await fetch(absoluteUrl('/files'), { method: 'POST', headers: { cookie }, body: form });
  expect(upload.status).toBe(200);
  const file = (await upload.json()) as { url: string };

  return {
    proactiveId: proactive.id,
    proactiveNumber: proactive.documentNumber,
    onApplicationId: onApplication.id,
    interpretationId: interpretation.id,
    imageUrl: file.url,
  };
}

beforeAll(async () => {
  seeded = await prepare();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = screenshotter('portal-doc', { fullPage: true });

/** Waits until a list has its result: nothing loading and the count said. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy="true"]') && /[件条]/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
  );
}

async function submitSearch(page: Page, fields: { title?: string; number?: string; unit?: string; year?: string }) {
  const form = page.getByRole('search', { name: '查询政策性文件' });
  await form.getByLabel('关键词').fill(fields.title ?? '');
  await form.getByLabel('文号').fill(fields.number ?? '');
  await form.getByLabel('发文单位').selectOption(fields.unit ? { label: fields.unit } : { value: '' });
  await form.getByLabel('年份').selectOption(fields.year ? { label: `${fields.year}年` } : { value: '' });
  const before = page.url();
  await form.getByRole('button', { name: '查询' }).click();
  await page.waitForURL((u) => u.toString() !== before);
  await settled(page);
}

describe('政府信息公开 and 政策解读 on the portal', () => {
  it('the list shows the issued documents, proactive and on application, and nothing else', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
      await heading(page, '政府信息公开');
      const titles = await listedTitles(page);
      expect(titles).toContain(PROACTIVE_TITLE);
      expect(titles).toContain(ON_APPLICATION_TITLE);
      for (const title of NEVER_SHOWN) expect(titles).not.toContain(title);
      expect(await page.locator('main').textContent()).not.toContain(CLASSIFIED_NUMBER);

      // Each item: title, 文号, issuing authority, date and the attribute in words.
      const proactive = page.locator('main .doc-item', { hasText: PROACTIVE_TITLE });
      const proactiveText = (await proactive.textContent()) ?? '';
      expect(proactiveText).toContain(`文号：${seeded.proactiveNumber}`);
      expect(proactiveText).toContain('发文机关：朝阳市教育局');
      expect(proactiveText).toMatch(/印发日期：\d{4}-\d{2}-\d{2}/);
      expect(await proactive.locator('.tag').textContent()).toBe('主动公开');
      const onApplication = page.locator('main .doc-item', { hasText: ON_APPLICATION_TITLE });
      expect(await onApplication.locator('.tag').textContent()).toBe('依申请公开');
      expect(await onApplication.textContent()).not.toContain(ON_APPLICATION_TEXT);

      // Last year's annual reports are listed beside the documents.
      expect(await page.getByTestId('annual-report-list').first().isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('searches by title, 文号, unit and year; the search is in the address and can be shared', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
      await heading(page, '政府信息公开');

      // By title, submitted with Enter from the field.
      const form = page.getByRole('search', { name: '查询政策性文件' });
      await form.getByLabel('关键词').fill('义务教育阶段招生');
      await form.getByLabel('关键词').press('Enter');
      await page.waitForURL(/title=/);
      await settled(page);
      expect(await listedTitles(page)).toEqual([PROACTIVE_TITLE]);
      expect(await page.locator('main [role="status"]').textContent()).toContain('找到 1 件符合条件的文件');
      const shared = page.url();
      expect(new URL(shared).searchParams.get('title')).toBe('义务教育阶段招生');

      // The same address opened afresh shows the same result, with the field filled in.
      const other = await context.newPage();
      await other.goto(shared, { waitUntil: 'networkidle' });
      await heading(other, '政府信息公开');
      expect(await listedTitles(other)).toEqual([PROACTIVE_TITLE]);
      expect(await other.getByRole('search', { name: '查询政策性文件' }).getByLabel('关键词').inputValue()).toBe('义务教育阶段招生');
      await shot(other, 'search-title-desktop');
      await other.close();

      // By the whole 文号, and by a part of it.
      await submitSearch(page, { number: seeded.proactiveNumber });
      expect(await listedTitles(page)).toEqual([PROACTIVE_TITLE]);
      expect(new URL(page.url()).searchParams.get('number')).toBe(seeded.proactiveNumber);
      await submitSearch(page, { number: '朝教发' });
      const byPrefix = await listedTitles(page);
      expect(byPrefix).toContain(PROACTIVE_TITLE);
      expect(byPrefix).toContain(ON_APPLICATION_TITLE);

      // By unit and year (the year of the 文号).
      const year = /〔(\d{4})〕/.exec(seeded.proactiveNumber)![1];
      await submitSearch(page, { unit: '朝阳市教育局', year });
      const byUnit = await listedTitles(page);
      expect(byUnit).toContain(PROACTIVE_TITLE);
      expect(byUnit).toContain(ON_APPLICATION_TITLE);
      const query = new URL(page.url()).searchParams;
      expect(query.get('unit')).toMatch(/^[0-9a-f-]{36}$/);
      expect(query.get('year')).toBe(year);
      await submitSearch(page, { unit: '朝阳市民政局' });
      expect(await listedTitles(page)).not.toContain(PROACTIVE_TITLE);
      await submitSearch(page, { title: '义务教育', year: String(Number(year) - 1) });
      expect(await listedTitles(page)).toEqual([]);

      // Nothing that is not public is found, whatever is searched; the empty state says so.
      for (const title of NEVER_SHOWN) {
        await submitSearch(page, { title });
        expect(await listedTitles(page), title).toEqual([]);
        expect(await page.getByText('没有找到符合条件的文件').isVisible()).toBe(true);
      }
      await submitSearch(page, { number: CLASSIFIED_NUMBER });
      expect(await listedTitles(page)).toEqual([]);
      await shot(page, 'search-empty-desktop');

      // Clearing the search shows every document again.
      await page.getByRole('link', { name: '清除查询条件' }).click();
      await page.waitForURL(absoluteUrl('/documents'));
      await settled(page);
      expect(await listedTitles(page)).toContain(ON_APPLICATION_TITLE);
      expect(await page.getByRole('search', { name: '查询政策性文件' }).getByLabel('关键词').inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the proactive document shows its text and marking, and links to its interpretation and back', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/documents'), { waitUntil: 'networkidle' });
      await heading(page, '政府信息公开');
      await page.getByRole('link', { name: PROACTIVE_TITLE, exact: true }).click();
      await page.waitForURL(absoluteUrl(`/documents/${seeded.proactiveId}`));
      expect(await heading(page, PROACTIVE_TITLE)).toBe(PROACTIVE_TITLE);
      // After the page change the focus is on the document's heading, for screen readers.
      await page.waitForFunction((title) => document.activeElement?.textContent?.trim() === title, PROACTIVE_TITLE);
      expect(await page.title()).toContain(PROACTIVE_TITLE);

      const paper = page.locator('main .official');
      const text = (await paper.textContent()) ?? '';
      expect(text).toContain(seeded.proactiveNumber);
      expect(text).toContain('各县（市）区教育局，市直各学校：');
      expect(text).toContain(PROACTIVE_TEXT);
      expect(await paper.locator('.official__para').count()).toBe(4);
      expect(await paper.locator('.official__signature').textContent()).toBe('朝阳市教育局');
      expect(await paper.locator('.official__date').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      // The note of the paper version, at the lower left under the date.
      const marking = paper.locator('.official__marking');
      expect(await marking.textContent()).toBe('（此件公开发布）');
      const dateBox = (await paper.locator('.official__date').boundingBox())!;
      const markingBox = (await marking.boundingBox())!;
      expect(markingBox.y).toBeGreaterThan(dateBox.y);
      expect(markingBox.x).toBeLessThan(dateBox.x);
      expect(await page.locator('main').textContent()).not.toContain('此件依申请公开');

      // To the interpretation, and from it back to the document.
      const interpretations = page.locator('section', { has: page.getByRole('heading', { name: '政策解读' }) });
      const link = interpretations.getByRole('link', { name: INTERPRETATION_TITLE, exact: true });
      expect(await link.getAttribute('href')).toBe(`/interpretations/${seeded.interpretationId}`);
      await link.click();
      await page.waitForURL(absoluteUrl(`/interpretations/${seeded.interpretationId}`));
      expect(await heading(page, INTERPRETATION_TITLE)).toBe(INTERPRETATION_TITLE);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('新闻发布会、图表图解、微信');
      expect(main).toContain('一、出台背景');
      expect(await page.locator('main .qa dt').first().textContent()).toContain('招生范围什么时候公布？');
      expect(await page.locator('main .qa dd').first().textContent()).toContain('各地于5月31日前向社会公布。');
      const external = page.getByRole('link', { name: 'https://www.chaoyang.gov.cn/zcjd/2026/jiaoyu-zhaosheng.html' });
      expect(await external.count()).toBe(1);

      // The infographic is shown with a text alternative, and anyone may load it.
      const image = page.locator('main figure img');
      await image.scrollIntoViewIfNeeded();
      expect(await image.getAttribute('src')).toBe(seeded.imageUrl);
      expect(await image.getAttribute('alt')).toContain(INTERPRETATION_TITLE);
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('main figure img');
        return !!img && img.complete && img.naturalWidth > 0;
      });

      const back = page.locator('main .doc-card').getByRole('link', { name: PROACTIVE_TITLE, exact: true });
      expect(await back.getAttribute('href')).toBe(`/documents/${seeded.proactiveId}`);
      await back.click();
      await page.waitForURL(absoluteUrl(`/documents/${seeded.proactiveId}`));
      expect(await heading(page, PROACTIVE_TITLE)).toBe(PROACTIVE_TITLE);

      // The 政策解读 column lists it, linked to its document.
      await page.getByRole('navigation', { name: '栏目导航' }).getByRole('link', { name: '政策解读' }).click();
      await page.waitForURL(absoluteUrl('/interpretations'));
      await heading(page, '政策解读');
      const item = page.locator('main .doc-item', { hasText: INTERPRETATION_TITLE });
      expect(await item.getByRole('link', { name: INTERPRETATION_TITLE, exact: true }).getAttribute('href')).toBe(
        `/interpretations/${seeded.interpretationId}`,
      );
      expect(await item.getByRole('link', { name: PROACTIVE_TITLE, exact: true }).getAttribute('href')).toBe(`/documents/${seeded.proactiveId}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the document on application shows no text, its marking and how to apply', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl(`/documents/${seeded.onApplicationId}`), { waitUntil: 'networkidle' });
      expect(await heading(page, ON_APPLICATION_TITLE)).toBe(ON_APPLICATION_TITLE);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toContain(ON_APPLICATION_TEXT);
      expect(main).not.toContain('各有关申请人');
      expect(await page.locator('main .official__para').count()).toBe(0);
      expect(await page.locator('main .official__marking').textContent()).toBe('（此件依申请公开）');
      expect(main).not.toContain('此件公开发布');
      expect(await page.getByRole('heading', { name: '如何申请获取本文件' }).isVisible()).toBe(true);
      expect(main).toContain('《中华人民共和国政府信息公开条例》');
      expect(main).toContain('向发文机关（朝阳市教育局）申请获取');
      expect(await page.locator('main .tag').textContent()).toBe('依申请公开');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an address that names no public document, interpretation or page of the list says so', async () => {
    const { context, page, problems } = await openPage(browser, 'desktop');
    try {
      await page.goto(absoluteUrl('/documents/00000000-0000-4000-8000-000000000000'), { waitUntil: 'networkidle' });
      expect(await heading(page, '未找到该文件')).toBe('未找到该文件');
      expect(await page.getByRole('link', { name: '查看政府信息公开文件列表' }).count()).toBe(1);
      await page.goto(absoluteUrl('/interpretations/not-an-id'), { waitUntil: 'networkidle' });
      expect(await heading(page, '未找到该解读')).toBe('未找到该解读');
      // A page past the end of the list says so and leads back to the first page.
      await page.goto(absoluteUrl('/documents?page=99'), { waitUntil: 'networkidle' });
      await settled(page);
      expect(await page.getByText('这一页没有文件。').isVisible()).toBe(true);
      await page.getByRole('link', { name: '回到第一页' }).click();
      await page.waitForURL(absoluteUrl('/documents'));
      await settled(page);
      expect(await listedTitles(page)).toContain(PROACTIVE_TITLE);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('accessible at desktop and phone sizes', () => {
    const pages = () => [
      { slug: 'list', path: '/documents', heading: '政府信息公开' },
      { slug: 'search', path: `/documents?number=${encodeURIComponent('朝教发')}`, heading: '政府信息公开' },
      { slug: 'none', path: `/documents?title=${encodeURIComponent('没有这样的文件')}`, heading: '政府信息公开' },
      { slug: 'proactive', path: `/documents/${seeded.proactiveId}`, heading: PROACTIVE_TITLE },
      { slug: 'on-application', path: `/documents/${seeded.onApplicationId}`, heading: ON_APPLICATION_TITLE },
      { slug: 'interpretations', path: '/interpretations', heading: '政策解读' },
      { slug: 'interpretation', path: `/interpretations/${seeded.interpretationId}`, heading: INTERPRETATION_TITLE },
    ];
    for (const viewport of PORTAL_VIEWPORT_NAMES) {
      it(`${viewport}: no serious violation, nothing wider than the screen`, async () => {
        const { context, page, problems } = await openPage(browser, viewport);
        try {
          for (const p of pages()) {
            await page.goto(absoluteUrl(p.path), { waitUntil: 'networkidle' });
            expect(await heading(page, p.heading), p.path).toBe(p.heading);
            expect(await page.locator('h1').count()).toBe(1);
            const overflow = await horizontalOverflow(page);
            expect(overflow, p.path).toBeLessThanOrEqual(0);
            // Images load lazily: bring them in before the full-page screenshot.
            for (const img of await page.locator('main img').all()) await img.scrollIntoViewIfNeeded();
            await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('main img')].every((i) => i.complete));
            expect(await seriousViolations(page), p.path).toEqual([]);
            await shot(page, `${p.slug}-${viewport}`);
          }
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
});
