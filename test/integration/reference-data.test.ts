import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { codeOf, startSuite, type Suite } from '../support/suite.js';
import { printedSchema, SCHEMA_FILE } from '../../packages/server/src/print-schema.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite({}, { nextYearUnknown: true });
});
afterAll(() => s.close());

const VALUE = 'query($k:String!,$d:String!){ parameterValue(key:$k, date:$d){ value effectiveFrom source } }';
const ADD = 'mutation($i:ParameterVersionInput!){ addParameterVersion(input:$i){ key value effectiveFrom } }';
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);

describe('policy parameters', () => {
  it('gives the value in force on a date: 15 days before 2019-09-01, 30 from then', async () => {
    expect((await s.gql(VALUE, { k: 'consultation.minDays.majorDecision', d: '2019-08-31' })).data.parameterValue.value).toBe('15');
    expect((await s.gql(VALUE, { k: 'consultation.minDays.majorDecision', d: '2019-09-01' })).data.parameterValue.value).toBe('30');
    expect(codeOf(await s.gql(VALUE, { k: 'hearing.materialLeadDays', d: '2018-01-01' }))).toBe('PARAMETER_NOT_IN_FORCE');
    expect(codeOf(await s.gql(VALUE, { k: 'no.such.key', d: '2020-01-01' }))).toBe('PARAMETER_UNKNOWN');
  });

  it('lets the administrator add a future version, which takes over on its date', async () => {
    const d = inDays(10);
    const added = await s.as('admin', ADD, { i: { key: 'supervisors.count', value: '25', effectiveFrom: d, source: '市政府2026年第5号文件' } });
    expect(added.data.addParameterVersion.value).toBe('25');
    expect((await s.gql(VALUE, { k: 'supervisors.count', d: inDays(9) })).data.parameterValue.value).toBe('20');
    expect((await s.gql(VALUE, { k: 'supervisors.count', d })).data.parameterValue.value).toBe('25');
  });

  it('never edits history: refuses a version dated in the past or on an existing date', async () => {
    const past = await s.as('admin', ADD, { i: { key: 'supervisors.count', value: '10', effectiveFrom: '2020-01-01', source: '补录' } });
    expect(codeOf(past)).toBe('PARAMETER_RETROACTIVE');
    expect(past.errors![0].extensions!.field).toBe('effectiveFrom');
    const d = inDays(40);
    await s.as('admin', ADD, { i: { key: 'jointMeeting.minPerYear', value: '2', effectiveFrom: d, source: '测试' } });
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'jointMeeting.minPerYear', value: '3', effectiveFrom: d, source: '测试' } }))).toBe(
      'PARAMETER_VERSION_EXISTS',
    );
  });

  it('refuses values of the wrong shape and a missing source', async () => {
    const d = inDays(50);
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'supervisors.count', value: '-3', effectiveFrom: d, source: 'x' } }))).toBe(
      'PARAMETER_VALUE_INVALID',
    );
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'supervisors.count', value: 'twenty', effectiveFrom: d, source: 'x' } }))).toBe(
      'PARAMETER_VALUE_INVALID',
    );
    expect(
      codeOf(await s.as('admin', ADD, { i: { key: 'complaint.replyWorkingDays', value: '{"REPORT":10}', effectiveFrom: d, source: 'x' } })),
    ).toBe('PARAMETER_VALUE_INVALID');
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'review.reportDue', value: '"13-01"', effectiveFrom: d, source: 'x' } }))).toBe(
      'PARAMETER_VALUE_INVALID',
    );
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'supervisors.count', value: '21', effectiveFrom: d, source: '  ' } }))).toBe(
      'PARAMETER_SOURCE_REQUIRED',
    );
    expect(codeOf(await s.as('admin', ADD, { i: { key: 'supervisors.count', value: '21', effectiveFrom: '2026-02-30', source: 'x' } }))).toBe(
      'PARAMETER_DATE_INVALID',
    );
  });

  it('ships every parameter of the specification with its history', async () => {
    const res = await s.gql('{ policyParameters { key current { value } versions { effectiveFrom } } }');
    const byKey = Object.fromEntries(res.data.policyParameters.map((p: any) => [p.key, p]));
    expect(byKey['consultation.minDays.majorDecision'].versions.map((v: any) => v.effectiveFrom)).toEqual(['2019-09-01', '2017-03-28']);
    expect(byKey['application.replyWorkingDays'].current.value).toBe('20');
    expect(JSON.parse(byKey['complaint.replyWorkingDays'].current.value)).toEqual({ REPORT: 15, COMPLAINT: 15, SUGGESTION: 15 });
  });
});

describe('working-day calendar', () => {
  it('counts working days across National Day 2025 with its adjusted Saturday', async () => {
    expect((await s.gql('{ addWorkingDays(date:"2025-09-30", days:3) }')).data.addWorkingDays).toBe('2025-10-11');
    const y = await s.gql('{ calendarYear(year:2025){ covered days { date kind } } }');
    expect(y.data.calendarYear.covered).toBe(true);
    expect(y.data.calendarYear.days).toContainEqual({ date: '2025-09-28', kind: 'ADJUSTED_WORKDAY' });
  });

  it('refuses a date in a year whose holidays are not published, until the administrator enters them', async () => {
    const res = await s.gql('{ addWorkingDays(date:"2026-12-30", days:3) }');
    expect(codeOf(res)).toBe('CALENDAR_NOT_COVERED');
    expect(res.errors![0].message).toContain('2027');
    await s.as('admin', 'mutation { setCalendarDay(date:"2027-01-01", kind: HOLIDAY, name:"元旦") { date } }');
    await s.as('admin', 'mutation { setYearCovered(year: 2027, covered: true) { year } }');
    // 2026-12-30 (Wed) + 3: Thu 31, Fri Jan 1 is a holiday, Mon Jan 4, Tue Jan 5
    expect((await s.gql('{ addWorkingDays(date:"2026-12-30", days:3) }')).data.addWorkingDays).toBe('2027-01-05');
  });

  it('refuses a malformed date', async () => {
    expect(codeOf(await s.gql('{ addWorkingDays(date:"2025-13-01", days:1) }'))).toBe('CALENDAR_DATE_INVALID');
  });
});

describe('organisation', () => {
  it('keeps one unit per function and level, and refuses a circle in the tree', async () => {
    const units = (await s.gql('{ units { id name parentId function governmentId kind } }')).data.units;
    const city = units.find((u: any) => u.name === '朝阳市人民政府');
    const dup = await s.as(
      'admin',
      'mutation($p:ID!){ createUnit(input:{ name:"第二个公开办", kind: SECTION, function: DISCLOSURE_OFFICE, parentId:$p }){ id } }',
      { p: city.id },
    );
    expect(codeOf(dup)).toBe('UNIT_FUNCTION_TAKEN');
    const county = units.find((u: any) => u.name === '双塔区人民政府');
    const ok = await s.as(
      'admin',
      'mutation($p:ID!){ createUnit(input:{ name:"双塔区卫生健康局", kind: DEPARTMENT, parentId:$p }){ id governmentId level version } }',
      { p: county.id },
    );
    expect(ok.data.createUnit).toMatchObject({ governmentId: county.id, level: 'COUNTY' });
    const office = units.find((u: any) => u.name === '朝阳市人民政府办公室');
    const section = units.find((u: any) => u.parentId === office.id);
    const circle = await s.as(
      'admin',
      'mutation($id:ID!,$p:ID!){ updateUnit(id:$id, version:1, input:{ name:"朝阳市人民政府办公室", kind: DEPARTMENT, parentId:$p }){ id } }',
      { id: office.id, p: section.id },
    );
    expect(codeOf(circle)).toBe('UNIT_CYCLE');
  });

  it('refuses two units of one name under one parent, and deactivating a unit still in use', async () => {
    const units = (await s.gql('{ units { id name version parentId kind } }')).data.units;
    const city = units.find((u: any) => u.name === '朝阳市人民政府');
    const twin = await s.as('admin', 'mutation($p:ID!){ createUnit(input:{ name:"朝阳市教育局", kind: DEPARTMENT, parentId:$p }){ id } }', {
      p: city.id,
    });
    expect(codeOf(twin)).toBe('UNIT_NAME_TAKEN');
    const education = units.find((u: any) => u.name === '朝阳市教育局');
    const UPDATE =
      'mutation($id:ID!,$v:Int!,$p:ID!,$a:Boolean){ updateUnit(id:$id, version:$v, input:{ name:"朝阳市教育局", kind: DEPARTMENT, parentId:$p, active:$a }){ active version } }';
    const inUse = await s.as('admin', UPDATE, { id: education.id, v: education.version, p: city.id, a: false });
    expect(codeOf(inUse)).toBe('UNIT_IN_USE');
    expect(inUse.errors![0].message).toMatch(/在用账号/);
    const empty = await s.as('admin', 'mutation($p:ID!){ createUnit(input:{ name:"临时机构", kind: DEPARTMENT, parentId:$p }){ id version } }', {
      p: city.id,
    });
    const closed = await s.as('admin', UPDATE.replace('"朝阳市教育局"', '"临时机构"'), {
      id: empty.data.createUnit.id,
      v: empty.data.createUnit.version,
      p: city.id,
      a: false,
    });
    expect(closed.data.updateUnit.active).toBe(false);
    const under = await s.as('admin', 'mutation($p:ID!){ createUnit(input:{ name:"下属机构", kind: SECTION, parentId:$p }){ id } }', {
      p: empty.data.createUnit.id,
    });
    expect(codeOf(under)).toBe('UNIT_INACTIVE');
  });

  it('grants a function role only to staff of a unit with that function', async () => {
    const units = (await s.gql('{ units { id name } }')).data.units;
    const education = units.find((u: any) => u.name === '朝阳市教育局');
    const res = await s.as(
      'admin',
      'mutation($u:ID!){ createUser(input:{ username:"bad.role", displayName:"某", unitId:$u, roles:[SECRETARIAT], password:"Start2026ok" }){ id } }',
      { u: education.id },
    );
    expect(codeOf(res)).toBe('ROLE_NOT_ALLOWED_FOR_UNIT');
    const taken = await s.as(
      'admin',
      'mutation($u:ID!){ createUser(input:{ username:"jiaoyu.head", displayName:"某", unitId:$u, roles:[DEPARTMENT_STAFF], password:"Start2026ok" }){ id } }',
      { u: education.id },
    );
    expect(codeOf(taken)).toBe('USERNAME_TAKEN');
  });

  it("shows a department only its own staff, and masks other people's phone numbers", async () => {
    const list = await s.as('jiaoyu.head', '{ users(pageSize: 100){ total items { username phone unit { name } } } }');
    expect(list.data.users.items.every((u: any) => u.unit.name === '朝阳市教育局')).toBe(true);
    expect(list.data.users.items.find((u: any) => u.username === 'jiaoyu.staff').phone).toBe('138****8765');
    const own = await s.as('jiaoyu.staff', '{ users(pageSize: 100){ items { username phone } } }');
    expect(own.data.users.items.find((u: any) => u.username === 'jiaoyu.staff').phone).toBe('13842198765');
    const admin = await s.as('admin', '{ users(filter:{ search:"jiaoyu.staff" }){ items { phone } } }');
    expect(admin.data.users.items[0].phone).toBe('13842198765');
  });
});

describe('attachments', () => {
  async function upload(cookie: string, ownerId: string, name: string, type: string, content = 'hello') {
    const boundary = '----gk' + Date.now();
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nAccountRequest\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${ownerId}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    return s.app.inject({
      method: 'POST',
      url: '/files',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  }

  it('stores a file with its sha256, lets the owner unit download it, and refuses other units and bad types', async () => {
    const c = await s.as(
      'jiaoyu.head',
      'mutation { createAccountRequest(input:{ displayName:"附件", username:"att.one", roles:[DEPARTMENT_STAFF], reason:"x" }){ id } }',
    );
    const id = c.data.createAccountRequest.id;
    const head = await s.login('jiaoyu.head');
    const ok = await upload(head, id, '任命文件.pdf', 'application/pdf', '%PDF-1.4 test');
    expect(ok.statusCode).toBe(200);
    const a = ok.json();
    expect(a.sha256).toBe(createHash('sha256').update('%PDF-1.4 test').digest('hex'));
    expect(a.size).toBe(13);
    const dl = await s.app.inject({ url: a.url, headers: { cookie: head } });
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('%PDF-1.4 test');
    const other = await s.login('minzheng.head');
    expect((await s.app.inject({ url: a.url, headers: { cookie: other } })).statusCode).toBe(403);
    expect((await s.app.inject({ url: a.url })).statusCode).toBe(401);
    const exe = await upload(head, id, 'tool.exe', 'application/x-msdownload');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((await upload(other, id, 'x.pdf', 'application/pdf')).statusCode).toBe(403);
  });
});

describe('attachment limits', () => {
  it('refuses a file over the size limit with a clear message', async () => {
    const { buildApp } = await import('../../packages/server/src/app.js');
    const pino = (await import('pino')).default;
    const small = await buildApp({ config: { ...s.config, maxUploadBytes: 1024 * 1024 }, orm: s.orm, logger: pino({ level: 'silent' }) });
    try {
      const c = await s.as(
        'jiaoyu.head',
        'mutation { createAccountRequest(input:{ displayName:"大文件", username:"att.big", roles:[DEPARTMENT_STAFF], reason:"x" }){ id } }',
      );
      const cookie = await s.login('jiaoyu.head');
      const boundary = '----gkbig';
      const big = 'x'.repeat(1024 * 1024 + 10);
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nAccountRequest\r\n--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${c.data.createAccountRequest.id}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n${big}\r\n--${boundary}--\r\n`;
      const res = await small.inject({
        method: 'POST',
        url: '/files',
        headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: '文件不能超过1MB' });
    } finally {
      await small.close();
    }
  });
});

describe('schema', () => {
  it('the committed schema.graphql is the one the server prints (run `pnpm --filter @gongkai/server schema`)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });
});
