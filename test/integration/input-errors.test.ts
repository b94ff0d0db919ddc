// Every client mistake is a coded refusal with a 4xx status (or, for business refusals, a code in a
// 200 answer): never INTERNAL, never HTTP 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, demoUnitId, startSuite, type GqlResult, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

/** A raw POST to /graphql: status and parsed body. */
async function post(payload: string, contentType = 'application/json') {
  const res = await s.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': contentType }, payload });
  return { status: res.statusCode, body: res.json() };
}
const firstCode = (body: any) => body.errors?.[0]?.extensions?.code ?? body.code;
const noInternal = (r: GqlResult) => expect(JSON.stringify(r.errors ?? [])).not.toContain('INTERNAL');

describe('malformed requests', () => {
  it('a body that is not JSON: 400 BODY_INVALID', async () => {
    const r = await post('{');
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('BODY_INVALID');
    expect(r.body.errors[0].message).toMatch(/JSON/);
  });

  it('a query with a syntax error: 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await post(JSON.stringify({ query: '{' }));
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors[0].message).toMatch(/^查询语句有语法错误/);
  });

  it('a query over the token limit: 400 QUERY_TOO_COMPLEX', async () => {
    const r = await post(JSON.stringify({ query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }` }));
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('QUERY_TOO_COMPLEX');
  });

  it('a query too deep or with too many aliases: 400 QUERY_TOO_COMPLEX', async () => {
    const aliases = await post(JSON.stringify({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: coveredYears`).join(' ')} }` }));
    expect(aliases.status).toBe(400);
    expect(firstCode(aliases.body)).toBe('QUERY_TOO_COMPLEX');
    let q = 'name';
    for (let i = 0; i < 12; i++) q = `parent { ${q} }`;
    const deep = await post(JSON.stringify({ query: `{ units { ${q} } }` }));
    expect(deep.status).toBe(400);
    expect(deep.body.errors.map((e: any) => e.extensions.code)).toContain('QUERY_TOO_COMPLEX');
  });

  it('a lone surrogate escape in the JSON body: 400 BAD_USER_INPUT naming where', async () => {
    const r = await post('{"query":"query($k:String){ publicDocuments(filter:{search:$k}){ total } }","variables":{"k":"\\ud800"}}');
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors[0].extensions.field).toBe('variables.k');
    // a well-formed pair (an emoji) is text like any other
    const ok = await post('{"query":"query($k:String){ publicDocuments(filter:{search:$k}){ total } }","variables":{"k":"\\ud83d\\ude00"}}');
    expect(ok.status).toBe(200);
    expect(ok.body.data.publicDocuments.total).toBe(0);
  });

  it('a lone surrogate escape in the query text: 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await post(JSON.stringify({ query: '{ publicDocuments(filter:{search:"\\ud800"}){ total } }' }));
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a subscription over POST: 400 OPERATION_NOT_SUPPORTED', async () => {
    const r = await post(JSON.stringify({ query: 'subscription { __typename }' }));
    expect(r.status).toBe(400);
    expect(firstCode(r.body)).toBe('OPERATION_NOT_SUPPORTED');
  });

  it('a persisted query, known or not: 400 PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    expect(unknown.status).toBe(400);
    expect(firstCode(unknown.body)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const mismatch = await post(
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(mismatch.status).toBe(400);
    expect(firstCode(mismatch.body)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('a body too large: 413 BODY_TOO_LARGE; a content type not served: 415', async () => {
    const big = await post(JSON.stringify({ query: '{ __typename }', pad: 'a'.repeat(1_100_000) }));
    expect(big.status).toBe(413);
    expect(firstCode(big.body)).toBe('BODY_TOO_LARGE');
    const xml = await post('<query/>', 'text/xml');
    expect(xml.status).toBe(415);
    expect(firstCode(xml.body)).toBe('MEDIA_TYPE_UNSUPPORTED');
  });

  it('an unexpected fault on a plain HTTP route: 500 INTERNAL with the request id, nothing of the cause', async () => {
    const cookie = await s.login('jiaoyu.staff');
    await s.sql('alter table attachment rename to attachment_moved');
    try {
      const res = await s.app.inject({ url: `/files/${demoUnitId('education')}`, headers: { cookie } });
      expect(res.statusCode).toBe(500);
      const body = res.json();
      expect(body).toMatchObject({ code: 'INTERNAL', requestId: res.headers['x-request-id'] });
      expect(body.message).toContain(res.headers['x-request-id']);
      expect(res.body).not.toMatch(/attachment|stack|\.ts:\d+/);
    } finally {
      await s.sql('alter table attachment_moved rename to attachment');
    }
  });

  it('a plain HTTP route answers JSON {code, message} too', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/files',
      headers: { 'content-type': 'application/json', cookie: await s.login('jiaoyu.staff') },
      payload: '{"a":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BODY_INVALID' });
  });
});

describe('text no database stores', () => {
  const NUL = 'a\u0000b';

  it('a NUL character in an anonymous search: 400 BAD_USER_INPUT naming the field', async () => {
    const r = await s.gql('query($k:String){ publicDocuments(filter:{search:$k}){ total } }', { k: NUL });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe('search');
    expect(r.errors![0].message).toContain('search');
  });

  it('a NUL character in a receipt code, in a login, and as a literal in the query', async () => {
    const receipt = await s.gql('query($k:String!){ opinionReceipt(code:$k){ __typename } }', { k: NUL });
    expect([receipt.status, codeOf(receipt), receipt.errors![0].extensions!.field]).toEqual([400, 'BAD_USER_INPUT', 'code']);
    const login = await s.gql('mutation($u:String!){ login(username:$u, password:"x"){ __typename } }', { u: NUL });
    expect([login.status, codeOf(login), login.errors![0].extensions!.field]).toEqual([400, 'BAD_USER_INPUT', 'username']);
    const literal = await s.gql('{ opinionReceipt(code:"a\\u0000b"){ __typename } }');
    expect([literal.status, codeOf(literal)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('a lone surrogate in a title inside an input object, a NUL in a list inside one', async () => {
    const title = await s.as('jiaoyu.staff', 'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }', {
      i: { kind: 'DEPARTMENT', title: '关于\ud800的通知', body: '正文' },
    });
    // a lone surrogate cannot pass JSON's parse unnoticed: refused before GraphQL, naming where
    expect([title.status, codeOf(title), title.errors![0].extensions!.field]).toEqual([400, 'BAD_USER_INPUT', 'variables.i.title']);
    const item = await s.as('jiaoyu.staff', 'mutation($a:ID!,$i:ProposalInput!){ saveAttendanceProposal(agendaItemId:$a, input:$i){ id } }', {
      a: demoUnitId('education'),
      i: { invite: true, invitees: [{ name: '张\u0000三', category: 'EXPERT' }] },
    });
    expect([item.status, codeOf(item), item.errors![0].extensions!.field]).toEqual([400, 'BAD_USER_INPUT', 'name']);
  });
});

describe('attachments', () => {
  it('an owner type named after an object property is an unknown owner type', async () => {
    for (const ownerType of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = await s.as('jiaoyu.staff', 'query($t:String!,$o:ID!){ attachments(ownerType:$t, ownerId:$o){ id } }', {
        t: ownerType,
        o: demoUnitId('education'),
      });
      expect(codeOf(r)).toBe('OWNER_TYPE_UNKNOWN');
    }
  });

  it('an upload for an owner type named after an object property: 400 OWNER_TYPE_UNKNOWN', async () => {
    const cookie = await s.login('jiaoyu.staff');
    for (const ownerType of ['constructor', '__proto__', 'toString']) {
      const boundary = `----gk${Date.now()}`;
      const body = [
        `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\n${ownerType}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${demoUnitId('education')}\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n`,
        `--${boundary}--\r\n`,
      ].join('');
      const res = await s.app.inject({
        method: 'POST',
        url: '/files',
        headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
      expect(res.statusCode, ownerType).toBe(400);
      expect(res.json().code, ownerType).toBe('OWNER_TYPE_UNKNOWN');
    }
  });
});

describe('units', () => {
  const CREATE = 'mutation($i:UnitInput!){ createUnit(input:$i){ id kind level governmentId parentId } }';

  it('refuses a short name too long, a government under a department, a duplicate name, a bad prefix: each coded', async () => {
    const base = { kind: 'DEPARTMENT', parentId: demoUnitId('city') };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, name: '测试局甲', shortName: '简'.repeat(51) }, 'UNIT_SHORT_NAME_TOO_LONG', 'shortName'],
      [{ ...base, name: '测'.repeat(101) }, 'UNIT_NAME_REQUIRED', 'name'],
      [{ ...base, name: '测试局乙', documentPrefix: '朝'.repeat(21) }, 'DOCUMENT_PREFIX_INVALID', 'documentPrefix'],
      [{ name: '测试区人民政府', kind: 'GOVERNMENT', parentId: demoUnitId('education') }, 'UNIT_PARENT_KIND_INVALID', 'parentId'],
      [{ ...base, name: '朝阳市教育局' }, 'UNIT_NAME_TAKEN', 'name'],
    ];
    for (const [i, code, field] of cases) {
      const r = await s.as('admin', CREATE, { i });
      expect([codeOf(r), r.errors?.[0].extensions?.field], code).toEqual([code, field]);
    }
  });

  it('creates a county government under the city government, and a government at the top', async () => {
    const county = await s.as('admin', CREATE, { i: { name: '测试县人民政府', kind: 'GOVERNMENT', parentId: demoUnitId('city') } });
    noInternal(county);
    expect(county.data.createUnit).toMatchObject({ kind: 'GOVERNMENT', level: 'COUNTY', parentId: demoUnitId('city') });
    expect(county.data.createUnit.governmentId).toBe(county.data.createUnit.id);
    const top = await s.as('admin', CREATE, { i: { name: '测试省人民政府', kind: 'GOVERNMENT', level: 'PROVINCE' } });
    noInternal(top);
    expect(top.data.createUnit).toMatchObject({ kind: 'GOVERNMENT', level: 'PROVINCE', parentId: null });
  });
});

describe('meetings', () => {
  const MEETING = 'mutation($i:MeetingInput!){ createMeeting(input:$i){ id } }';
  const AGENDA = 'mutation($m:ID!,$i:AgendaItemInput!){ addAgendaItem(meetingId:$m, input:$i){ id } }';
  const meeting = (title: string) => ({ kind: 'STANDING', title, date: '2026-12-24', startTime: '09:00', place: '市政府第一会议室' });

  it('long titles are refused with their code, and the longest allowed ones make a to-do without fault', async () => {
    expect(codeOf(await s.as('mishuke', MEETING, { i: meeting('会'.repeat(201)) }))).toBe('TITLE_REQUIRED');
    const m = await s.as('mishuke', MEETING, { i: meeting('会'.repeat(200)) });
    noInternal(m);
    const item = (title: string) =>
      s.as('mishuke', AGENDA, { m: m.data.createMeeting.id, i: { title, submittingUnitId: demoUnitId('education'), category: 'LIVELIHOOD' } });
    expect(codeOf(await item('议'.repeat(201)))).toBe('TITLE_REQUIRED');
    // the to-do for the unit quotes both titles: more than its column holds, so it is shortened
    const ok = await item('议'.repeat(200));
    noInternal(ok);
    expect(ok.data.addAgendaItem.id).toBeTruthy();
    const todos = (await s.as('jiaoyu.staff', '{ myTodos { kind title } }')).data.myTodos.filter(
      (t: any) => t.kind === 'attendance.propose' && t.title.includes('议议议'),
    );
    expect(todos).toHaveLength(1);
    expect(todos[0].title.length).toBeLessThanOrEqual(255);
  });

  it('an invitee with an overlong organisation is refused with INVITEES_REQUIRED', async () => {
    const m = (await s.as('mishuke', MEETING, { i: meeting('市政府第32次常务会议') })).data.createMeeting;
    const a = (
      await s.as('mishuke', AGENDA, {
        m: m.id,
        i: { title: '研究停车收费调整方案', submittingUnitId: demoUnitId('education'), category: 'LIVELIHOOD' },
      })
    ).data.addAgendaItem;
    const r = await s.as('jiaoyu.staff', 'mutation($a:ID!,$i:ProposalInput!){ saveAttendanceProposal(agendaItemId:$a, input:$i){ id } }', {
      a: a.id,
      i: {
        invite: true,
        necessity: '听取意见',
        participationWay: '列席',
        invitees: [{ name: '王代表', category: 'GRASSROOTS', organisation: '社'.repeat(300) }],
      },
    });
    expect([codeOf(r), r.errors?.[0].extensions?.field]).toEqual(['INVITEES_REQUIRED', 'invitees']);
  });
});

describe('first saves racing', () => {
  const MEETING = 'mutation($i:MeetingInput!){ createMeeting(input:$i){ id } }';
  const AGENDA = 'mutation($m:ID!,$i:AgendaItemInput!){ addAgendaItem(meetingId:$m, input:$i){ id } }';
  const SAVE_P = 'mutation($a:ID!,$v:Int,$i:ProposalInput!){ saveAttendanceProposal(agendaItemId:$a, version:$v, input:$i){ id version } }';
  const SAVE_I = 'mutation($d:ID!,$v:Int,$i:InterpretationInput!){ saveInterpretation(documentId:$d, version:$v, input:$i){ id version } }';

  /** Exactly one call created the record; every other one is a coded VERSION_CONFLICT, none INTERNAL. */
  function oneCreated(results: GqlResult[], field: string) {
    const created = results.filter((r) => r.data?.[field]);
    const refused = results.filter((r) => !r.data?.[field]);
    expect(created).toHaveLength(1);
    expect(refused.map(codeOf)).toEqual(refused.map(() => 'VERSION_CONFLICT'));
    return created[0].data[field] as { id: string; version: number };
  }

  it('20 parallel first saves of an attendance proposal: one created, the rest VERSION_CONFLICT; a save without the version is refused', async () => {
    const m = (
      await s.as('mishuke', MEETING, {
        i: { kind: 'STANDING', title: '市政府第31次常务会议', date: '2026-12-25', startTime: '09:00', place: '市政府第一会议室' },
      })
    ).data.createMeeting;
    const a = (
      await s.as('mishuke', AGENDA, {
        m: m.id,
        i: { title: '研究公交票价调整方案', submittingUnitId: demoUnitId('education'), category: 'LIVELIHOOD' },
      })
    ).data.addAgendaItem;
    const input = { invite: false, invitees: [] };
    await s.as('jiaoyu.staff', '{ me { user { id } } }'); // signed in once, before the race
    const results = await Promise.all(Array.from({ length: 20 }, () => s.as('jiaoyu.staff', SAVE_P, { a: a.id, i: input })));
    const p = oneCreated(results, 'saveAttendanceProposal');
    expect((await s.sql('select count(*)::int as n from attendance_proposal where agenda_item_id = ?', [a.id]))[0].n).toBe(1);
    // an update must name the version it read
    expect(codeOf(await s.as('jiaoyu.staff', SAVE_P, { a: a.id, i: input }))).toBe('VERSION_CONFLICT');
    expect(codeOf(await s.as('jiaoyu.staff', SAVE_P, { a: a.id, v: p.version + 1, i: input }))).toBe('VERSION_CONFLICT');
    const updated = await s.as('jiaoyu.staff', SAVE_P, { a: a.id, v: p.version, i: { ...input, preparations: '无' } });
    expect(updated.data.saveAttendanceProposal.id).toBe(p.id);
  });

  it('20 parallel first saves of an interpretation: one created, the rest VERSION_CONFLICT; a save without the version is refused', async () => {
    const d = (
      await s.as('jiaoyu.staff', 'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }', {
        i: { kind: 'DEPARTMENT', title: '关于并发保存测试的通知', body: '正文' },
      })
    ).data.createDocument;
    const input = { scope: '全市' };
    const results = await Promise.all(Array.from({ length: 20 }, () => s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: input })));
    const i = oneCreated(results, 'saveInterpretation');
    expect((await s.sql('select count(*)::int as n from interpretation where document_id = ?', [d.id]))[0].n).toBe(1);
    expect(codeOf(await s.as('jiaoyu.staff', SAVE_I, { d: d.id, i: input }))).toBe('VERSION_CONFLICT');
    const updated = await s.as('jiaoyu.staff', SAVE_I, { d: d.id, v: i.version, i: { scope: '全市居民' } });
    expect(updated.data.saveInterpretation).toMatchObject({ id: i.id, version: i.version + 1 });
  });
});
