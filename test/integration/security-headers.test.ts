import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';
import { countStatements } from '../support/statements.js';
import { READ_BATCH } from '../../packages/server/src/common/auth/rate-limit.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

/** An account request of the education bureau to attach files to. */
async function owner() {
  const r = await s.as(
    'jiaoyu.head',
    `mutation { createAccountRequest(input:{ displayName:"附件检查", username:"att.${Math.random().toString(36).slice(2, 8)}", roles:[DEPARTMENT_STAFF], reason:"测试" }){ id } }`,
  );
  return r.data.createAccountRequest.id as string;
}

async function upload(opts: { ownerId: string; name: string; type: string; content: Buffer; headers?: Record<string, string> }) {
  const boundary = '----gksec';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nAccountRequest\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${opts.ownerId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${opts.name}"\r\nContent-Type: ${opts.type}\r\n\r\n`,
    ),
    opts.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return s.app.inject({
    method: 'POST',
    url: '/files',
    headers: { cookie: await s.login('jiaoyu.head'), 'content-type': `multipart/form-data; boundary=${boundary}`, ...opts.headers },
    payload,
  });
}

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);

describe('security headers', () => {
  it('every answer carries the CSP, no framing, nosniff and the rest', async () => {
    for (const url of ['/healthz', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
      const res = await s.app.inject({ url, headers: { 'apollo-require-preflight': 'true' } });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('a GraphQL answer is stored by no cache, anonymous or signed in', async () => {
    const anonymous = await s.app.inject({ url: '/graphql?query=%7B__typename%7D', headers: { 'apollo-require-preflight': 'true' } });
    expect(anonymous.headers['cache-control']).toBe('no-store');
    const post = await s.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: '{ publicDocuments(pageSize: 1){ total } }' }),
    });
    expect(post.headers['cache-control']).toBe('no-store');
  });
});

describe('file uploads: origin and content', () => {
  it('accepts a same-origin upload whose content is what it says', async () => {
    const id = await owner();
    const ok = await upload({
      ownerId: id,
      name: '说明.pdf',
      type: 'application/pdf',
      content: PDF,
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(ok.statusCode).toBe(200);
    const png = await upload({ ownerId: id, name: '截图.png', type: 'image/png', content: PNG });
    expect(png.statusCode).toBe(200);
  });

  it('refuses a post from a foreign origin (or an opaque one) with 403 ORIGIN_REFUSED, before anything is stored', async () => {
    const id = await owner();
    for (const origin of ['https://evil.example', 'null']) {
      const res = await upload({ ownerId: id, name: '说明.pdf', type: 'application/pdf', content: PDF, headers: { origin } });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ORIGIN_REFUSED');
    }
    const crossSite = await upload({
      ownerId: id,
      name: '说明.pdf',
      type: 'application/pdf',
      content: PDF,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.json().code).toBe('ORIGIN_REFUSED');
    expect((await s.sql(`select count(*)::int as n from attachment where owner_id = ?`, [id]))[0].n).toBe(0);
  });

  it('accepts an origin the operator allowed (ALLOWED_ORIGINS)', async () => {
    const id = await owner();
    s.config.allowedOrigins.push('https://gk.example.gov.cn');
    try {
      const res = await upload({
        ownerId: id,
        name: '说明.pdf',
        type: 'application/pdf',
        content: PDF,
        headers: { origin: 'https://gk.example.gov.cn' },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      s.config.allowedOrigins.pop();
    }
  });

  it('refuses content that is not what its name and type say with 415 CONTENT_MISMATCH', async () => {
    const id = await owner();
    const cases = [
      { name: '通知.pdf', type: 'application/pdf', content: EXE },
      { name: '照片.png', type: 'image/png', content: PDF },
      { name: '照片.jpg', type: 'image/jpeg', content: Buffer.from('<html><script>alert(1)</script></html>') },
      { name: '说明.txt', type: 'text/plain', content: EXE },
      { name: '表格.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: Buffer.from('a,b,c\n1,2,3\n') },
    ];
    for (const c of cases) {
      const res = await upload({ ownerId: id, ...c });
      expect(res.statusCode, c.name).toBe(415);
      expect(res.json().code).toBe('CONTENT_MISMATCH');
      expect(res.json().field).toBe('file');
      expect(res.json().message).toMatch(/^文件内容与其类型不符/);
    }
    expect((await s.sql(`select count(*)::int as n from attachment where owner_id = ?`, [id]))[0].n).toBe(0);
    // plain text stays accepted
    expect((await upload({ ownerId: id, name: '说明.txt', type: 'text/plain', content: Buffer.from('一段说明文字') })).statusCode).toBe(200);
  });
});

describe('anonymous callers', () => {
  const PUBLIC = '{ publicConsultations(pageSize: 1) { total } }';

  it('may not ask for the work of many in one request: aliases and top-level fields are bounded (signed-in users keep the wider bounds)', async () => {
    const aliased = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: publicConsultations(pageSize: 50) { total }`).join(' ')} }`;
    const anon = await s.gql(aliased, {}, { address: '10.20.0.1' });
    expect(anon.status).toBe(400);
    expect(codeOf(anon)).toBe('QUERY_TOO_COMPLEX');
    expect(anon.data).toBeNull();
    const fragments = `{ ...F } fragment F on Query { ${Array.from({ length: 7 }, () => 'units { id }').join(' ')} }`;
    expect(codeOf(await s.gql(fragments, {}, { address: '10.20.0.1' }))).toBe('QUERY_TOO_COMPLEX');
    // the portal's own three-list page passes
    const three = await s.gql(
      '{ open: publicConsultations(phase: OPEN, pageSize: 1) { total } upcoming: publicConsultations(phase: UPCOMING, pageSize: 1) { total } closed: publicConsultations(phase: CLOSED, pageSize: 1) { total } }',
      {},
      { address: '10.20.0.1' },
    );
    expect(codeOf(three)).toBeUndefined();
    const staff = await s.as('jiaoyu.staff', aliased);
    expect(codeOf(staff)).toBeUndefined();
  });

  it('public reads are limited per address, counted in the database: 429 RATE_LIMITED beyond the limit, other addresses unaffected', async () => {
    const before = s.config.publicReadsPerMinute;
    s.config.publicReadsPerMinute = 5;
    try {
      // the window may turn during the loop: count refusals, at most one window's worth passes twice
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 12; i++) codes.push(codeOf(await s.gql(PUBLIC, {}, { address: '10.21.0.1' })));
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(2);
      const refused = await s.gql(PUBLIC, {}, { address: '10.21.0.1' });
      if (codeOf(refused) === 'RATE_LIMITED') {
        expect(refused.status).toBe(429);
        expect(refused.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
        expect(refused.errors![0].message).toMatch(/^访问过于频繁/);
      }
      const [row] = await s.sql(`select max(hits)::int as hits from rate_counter where bucket = 'read:10.21.0.1'`);
      expect(row.hits).toBeGreaterThan(5);
      expect(codeOf(await s.gql(PUBLIC, {}, { address: '10.21.0.2' }))).toBeUndefined();
      // a signed-in user is not counted
      expect(codeOf(await s.as('jiaoyu.staff', PUBLIC))).toBeUndefined();
      // an anonymous file download from a refused address: HTTP 429 with Retry-After
      for (let i = 0; i < 6; i++) await s.app.inject({ url: '/files/00000000-0000-4000-8000-000000000000', remoteAddress: '10.21.0.3' });
      const file = await s.app.inject({ url: '/files/00000000-0000-4000-8000-000000000000', remoteAddress: '10.21.0.3' });
      expect(file.statusCode).toBe(429);
      expect(file.json().code).toBe('RATE_LIMITED');
      expect(Number(file.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      s.config.publicReadsPerMinute = before;
    }
  });

  it('public reads far from the limit are written to the shared counter in batches, and every one near it', async () => {
    const address = '10.22.0.1';
    const writes = async (n: number) => {
      let counted = 0;
      for (let i = 0; i < n; i++) {
        const { result, statements } = await countStatements(() => s.gql(PUBLIC, {}, { address }));
        expect(codeOf(result)).toBeUndefined();
        counted += statements.filter((sql) => /rate_counter/.test(sql)).length;
      }
      return counted;
    };
    const before = s.config.publicReadsPerMinute;
    s.config.publicReadsPerMinute = 1000;
    try {
      const minute = Math.floor(Date.now() / 60_000);
      // the first read of the minute, then one in READ_BATCH (a minute turning meanwhile starts again)
      const first = await writes(READ_BATCH + 1);
      if (Math.floor(Date.now() / 60_000) === minute) expect(first).toBe(2);
      // past half the limit, every read is written, and the limit refuses as before
      s.config.publicReadsPerMinute = 4;
      const near = await countStatements(() => s.gql(PUBLIC, {}, { address }));
      expect(near.statements.filter((sql) => /rate_counter/.test(sql))).toHaveLength(1);
      if (Math.floor(Date.now() / 60_000) === minute) expect(codeOf(near.result)).toBe('RATE_LIMITED');
    } finally {
      s.config.publicReadsPerMinute = before;
    }
  });

  it('public forms are limited per address too (an anonymous mutation), sign-in aside', async () => {
    const before = s.config.publicFormsPerTenMinutes;
    s.config.publicFormsPerTenMinutes = 2;
    try {
      const FORM =
        'mutation { submitOpinion(input:{ topicId:"00000000-0000-4000-8000-000000000000", content:"一条意见内容", idempotencyKey:"k-sec-1" }) { receiptCode } }';
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) codes.push(codeOf(await s.gql(FORM, {}, { address: '10.22.0.1' })));
      expect(codes.slice(0, 2).every((c) => c !== 'RATE_LIMITED')).toBe(true);
      expect(codes.slice(2)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
      // signing in is throttled by its own rules, not by this one
      const login = await s.gql('mutation { login(username:"jiaoyu.staff", password:"Gongkai@2026") { user { id } } }', {}, { address: '10.22.0.1' });
      expect(codeOf(login)).toBeUndefined();
    } finally {
      s.config.publicFormsPerTenMinutes = before;
    }
  });
});
