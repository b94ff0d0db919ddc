// The portal's document and topic read as one prepared statement each (documents.public-sql.ts,
// consultation.public-sql.ts): the same answer as the way every other public read takes — the lists,
// which still load each field through the ORM —, the same rules of what is public, the same refusal,
// one statement per request, and a dropped connection that costs the visitor nothing.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';
import { countStatements } from '../support/statements.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite({ publicReadsPerMinute: 1_000_000 });
}, 120_000);
afterAll(() => s?.close());

const DOCUMENT_FIELDS =
  'id kind title documentNumber issuingAuthority issueDate disclosureAttribute body addressees leadUnitId interpretations { id title stage }';
const TOPIC_FIELDS = `id title category draft decisionBasis draftingExplanation windowStart windowEnd shortWindowReason phase undertakingUnitId
  undertakingUnitName resultsPublished summary attachments { id fileName mimeType size sha256 createdAt url } events { id form date place participants }
  opinions { id content authorName channel submittedAt reasonable adoption reply }
  rates { opinionCount reasonableCount adoptedCount repliedCount adoptionRate replyRate }`;

const one = async <T = Record<string, any>>(sql: string, params: unknown[] = []) => {
  const [row] = await s.sql<T>(sql, params);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
};

const publicDocument = (id: string) => s.gql(`query($id:ID!){ publicDocument(id:$id){ ${DOCUMENT_FIELDS} } }`, { id });

/** The same document as the portal's list shows it (each field loaded through the ORM). */
async function listed(documentNumber: string, id: string) {
  const r = await s.gql(`query($n:String){ publicDocuments(filter:{documentNumber:$n}, pageSize:100){ items { ${DOCUMENT_FIELDS} } } }`, {
    n: documentNumber,
  });
  expect(r.errors).toBeUndefined();
  const item = r.data.publicDocuments.items.find((d: { id: string }) => d.id === id);
  expect(item, `${id} in the list`).toBeDefined();
  return item;
}

describe('a public document', () => {
  let proactive: { id: string; document_number: string; body: string };
  beforeAll(async () => {
    proactive = await one(
      `select d.id, d.document_number, d.body from policy_document d join interpretation i on i.document_id = d.id and i.state = 'PUBLISHED'
        where d.state = 'ISSUED' and d.disclosure_attribute = 'PROACTIVE' and not d.classified limit 1`,
    );
    // a second stage published at the same instant as the first (the order is still fixed), and a draft stage that is not shown
    await s.sql(
      `insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, forms, links, state, published_at)
       select gen_random_uuid(), document_id, 2, owner_unit_id, government_id, title || '（二）', forms, links, 'PUBLISHED', published_at
         from interpretation where document_id = ? and stage = 1`,
      [proactive.id],
    );
    await s.sql(
      `insert into interpretation (id, document_id, stage, owner_unit_id, government_id, title, forms, links, state)
       select gen_random_uuid(), document_id, 3, owner_unit_id, government_id, title || '（三）', forms, links, 'DRAFT'
         from interpretation where document_id = ? and stage = 1`,
      [proactive.id],
    );
  });

  it('proactive: in full, with its published interpretations, as the list shows it', async () => {
    const r = await publicDocument(proactive.id);
    expect(r.errors).toBeUndefined();
    const d = r.data.publicDocument;
    expect(d).toEqual(await listed(proactive.document_number, proactive.id));
    expect(d.body).toBe(proactive.body);
    expect(d.disclosureAttribute).toBe('PROACTIVE');
    expect(d.interpretations.map((i: { stage: number }) => i.stage)).toEqual([2, 1]);
  });

  it('on application: by title, without its body or addressees, as the list shows it', async () => {
    const doc = await one<{ id: string; document_number: string }>(
      `select id, document_number from policy_document
        where state = 'ISSUED' and disclosure_attribute = 'ON_APPLICATION' and not classified and body is not null limit 1`,
    );
    await s.sql(`update policy_document set addressees = '各区县人民政府' where id = ?`, [doc.id]);
    const r = await publicDocument(doc.id);
    expect(r.errors).toBeUndefined();
    expect(r.data.publicDocument).toEqual(await listed(doc.document_number, doc.id));
    expect(r.data.publicDocument).toMatchObject({ disclosureAttribute: 'ON_APPLICATION', body: null, addressees: null });
  });

  it('without its interpretations when they are not asked', async () => {
    const r = await s.gql('query($id:ID!){ publicDocument(id:$id){ title } }', { id: proactive.id });
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data.publicDocument)).toEqual(['title']);
  });

  it('refuses a draft, a document not disclosed, a classified one and an unknown id, NOT_FOUND as before', async () => {
    const ids = await s.sql<{ id: string }>(
      `(select id from policy_document where state <> 'ISSUED' limit 1)
       union all (select id from policy_document where state = 'ISSUED' and disclosure_attribute = 'NOT_DISCLOSED' and not classified limit 1)
       union all (select id from policy_document where classified limit 1)
       union all (select gen_random_uuid())`,
    );
    expect(ids).toHaveLength(4);
    for (const { id } of ids) {
      const r = await publicDocument(id);
      expect(codeOf(r), id).toBe('NOT_FOUND');
      expect(r.errors).toEqual([{ message: '文件不存在或无权查看', path: ['publicDocument'], extensions: { code: 'NOT_FOUND' } }]);
      expect(r.data).toBeNull();
    }
  });

  it('is one statement (besides the anonymous read counter)', async () => {
    await publicDocument(proactive.id);
    const { result, statements } = await countStatements(() => publicDocument(proactive.id));
    expect(result.errors).toBeUndefined();
    const own = statements.filter((sql) => !/rate_counter/.test(sql));
    expect(own, own.join('\n')).toHaveLength(1);
  });
});

describe('a published topic', () => {
  const phaseOf = async (id: string) => (await s.gql('query($id:ID!){ publicConsultation(id:$id){ phase } }', { id })).data.publicConsultation.phase;

  /** The topic as the portal's list of its phase shows it (each field loaded through the ORM). */
  async function listedTopic(id: string, phase: string) {
    const r = await s.gql(`query($p:WindowPhase){ publicConsultations(phase:$p, pageSize:100){ items { ${TOPIC_FIELDS} } } }`, { p: phase });
    expect(r.errors).toBeUndefined();
    const item = r.data.publicConsultations.items.find((t: { id: string }) => t.id === id);
    expect(item, `${id} in the list of ${phase}`).toBeDefined();
    return item;
  }

  let topics: { id: string; state: string }[];
  beforeAll(async () => {
    topics = await s.sql(`select id, state from consultation_topic where state in ('PUBLISHED', 'RESULTS_PUBLISHED') order by window_start`);
    for (const [n, t] of topics.entries()) {
      // an opinion hidden by moderation, an answered one, an event and a file for each
      await s.sql(
        `insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, author_name, contact, channel, receipt_code, hidden, hidden_reason, submitted_at)
         select gen_random_uuid(), id, undertaking_unit_id, government_id, '广告内容', '匿名', '13800000000', 'PORTAL', 'HID' || ?, true, '与议题无关', now() - interval '1 day'
           from consultation_topic where id = ?`,
        [n, t.id],
      );
      await s.sql(
        `insert into opinion (id, topic_id, undertaking_unit_id, government_id, content, author_name, contact, channel, receipt_code, reasonable, adoption, reply, replied_at, submitted_at)
         select gen_random_uuid(), id, undertaking_unit_id, government_id, '建议延长公示期', null, 'a@example.cn', 'EMAIL', 'ANS' || ?, true, 'PARTLY_ADOPTED', '部分采纳', now(), now() - interval '2 days'
           from consultation_topic where id = ?`,
        [n, t.id],
      );
      await s.sql(
        `insert into consultation_event (id, topic_id, undertaking_unit_id, government_id, form, date, place, participants, lead_days)
         select gen_random_uuid(), id, undertaking_unit_id, government_id, f, window_start + k, '市民中心', '市民代表12人', 7
           from consultation_topic, (values ('HEARING', 0), ('SYMPOSIUM', 1)) e (f, k) where id = ?`,
        [t.id],
      );
      await s.sql(
        `insert into attachment (id, owner_type, owner_id, file_name, mime_type, size, sha256)
         values (gen_random_uuid(), 'ConsultationTopic', ?, '起草说明.pdf', 'application/pdf', 2048, md5(?))`,
        [t.id, t.id],
      );
    }
  });

  it('in each phase, and with its results: as the list shows it, opinions hidden by moderation left out', async () => {
    const seen = new Set<string>();
    for (const t of topics) {
      const phase = await phaseOf(t.id);
      seen.add(t.state === 'RESULTS_PUBLISHED' ? 'RESULTS' : phase);
      const r = await s.gql(`query($id:ID!){ publicConsultation(id:$id){ ${TOPIC_FIELDS} } }`, { id: t.id });
      expect(r.errors).toBeUndefined();
      const topic = r.data.publicConsultation;
      expect(topic, `${t.id} (${phase})`).toEqual(await listedTopic(t.id, phase));
      const hidden = await s.sql<{ id: string }>(`select id from opinion where topic_id = ? and hidden`, [t.id]);
      expect(hidden.length).toBeGreaterThan(0);
      for (const { id } of hidden) expect(topic.opinions.map((o: { id: string }) => o.id)).not.toContain(id);
      expect(topic.opinions.map((o: { content: string }) => o.content)).not.toContain('广告内容');
      expect(topic.events).toHaveLength(2);
      expect(topic.attachments).toEqual([expect.objectContaining({ fileName: '起草说明.pdf', url: `/files/${topic.attachments[0].id}` })]);
      const answered = topic.opinions.find((o: { content: string }) => o.content === '建议延长公示期');
      if (t.state === 'RESULTS_PUBLISHED') {
        expect(answered).toMatchObject({ reasonable: true, adoption: 'PARTLY_ADOPTED', reply: '部分采纳' });
        expect(topic.rates.opinionCount).toBe(topic.opinions.length);
        expect(topic.summary).not.toBeNull();
      } else {
        // the answers and the figures wait for the results
        expect(answered).toMatchObject({ reasonable: null, adoption: null, reply: null });
        expect(topic.rates).toBeNull();
        expect(topic.summary).toBeNull();
      }
    }
    expect([...seen].sort()).toEqual(['CLOSED', 'OPEN', 'RESULTS', 'UPCOMING']);
  });

  it('asks only for what the request selects', async () => {
    const t = topics.find((x) => x.state === 'RESULTS_PUBLISHED')!;
    const r = await s.gql('query($id:ID!){ publicConsultation(id:$id){ title rates { opinionCount } } }', { id: t.id });
    expect(r.errors).toBeUndefined();
    const { total } = await one<{ total: number }>(`select count(*)::int as total from opinion where topic_id = ? and not hidden`, [t.id]);
    expect(r.data.publicConsultation).toEqual({ title: expect.any(String), rates: { opinionCount: total } });
  });

  it('refuses a topic not published (a draft, one submitted, one approved) and an unknown id, NOT_FOUND as before', async () => {
    const ids = await s.sql<{ id: string }>(
      `(select id from consultation_topic where state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) union all (select gen_random_uuid())`,
    );
    expect(ids.length).toBeGreaterThan(3);
    for (const { id } of ids) {
      const r = await s.gql(`query($id:ID!){ publicConsultation(id:$id){ ${TOPIC_FIELDS} } }`, { id });
      expect(r.errors, id).toEqual([{ message: '议题不存在或无权查看', path: ['publicConsultation'], extensions: { code: 'NOT_FOUND' } }]);
      expect(r.data).toBeNull();
    }
  });

  it('is one statement (besides the anonymous read counter), with its files, events, opinions and figures', async () => {
    const t = topics.find((x) => x.state === 'RESULTS_PUBLISHED')!;
    const ask = () => s.gql(`query($id:ID!){ publicConsultation(id:$id){ ${TOPIC_FIELDS} } }`, { id: t.id });
    await ask();
    const { result, statements } = await countStatements(ask);
    expect(result.errors).toBeUndefined();
    const own = statements.filter((sql) => !/rate_counter/.test(sql));
    expect(own, own.join('\n')).toHaveLength(1);
  });
});

describe('a dropped connection', () => {
  /** Waits (by asking PostgreSQL, no timer) for a backend of the suite's database blocked on a lock, and terminates it. */
  async function terminateBlocked(admin: pg.Client, done: number[] = []) {
    for (let n = 0; n < 100_000; n++) {
      const { rows } = await admin.query(
        `select pid, pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and pid <> all($1::int[])
            and wait_event_type = 'Lock' and query like '%policy_document%'`,
        [done],
      );
      if (rows.length) {
        done.push(...rows.map((r) => r.pid));
        return rows.length;
      }
    }
    throw new Error('no blocked statement');
  }

  /** A connection to watch, and one holding the documents' table locked so that a read of it waits. */
  async function lockedAdmin() {
    const connection = s.orm.config.get('clientUrl')!;
    const admin = new pg.Client({ connectionString: connection });
    const blocker = new pg.Client({ connectionString: connection });
    await admin.connect();
    await blocker.connect();
    await blocker.query('begin; lock table policy_document in access exclusive mode');
    return { admin, blocker };
  }

  it('during a public read is retried on another connection: the visitor gets the document', async () => {
    const { id } = await one<{ id: string }>(`select id from policy_document where state = 'ISSUED' and disclosure_attribute = 'PROACTIVE' limit 1`);
    await publicDocument(id); // the counter's first write of the minute is done
    const { admin, blocker } = await lockedAdmin();
    try {
      const answer = publicDocument(id);
      expect(await terminateBlocked(admin)).toBe(1);
      await blocker.query('commit');
      const r = await answer;
      expect(r.errors).toBeUndefined();
      expect(r.data.publicDocument.id).toBe(id);
    } finally {
      await blocker.end();
      await admin.end();
    }
  });

  it('at every attempt is answered SERVICE_UNAVAILABLE, retryable, never INTERNAL', async () => {
    const { id } = await one<{ id: string }>(`select id from policy_document where state = 'ISSUED' and disclosure_attribute = 'PROACTIVE' limit 1`);
    const { admin, blocker } = await lockedAdmin();
    try {
      const answer = publicDocument(id);
      const terminated: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) expect(await terminateBlocked(admin, terminated)).toBe(1);
      const r = await answer;
      expect(r.status).toBe(503);
      expect(r.errors).toEqual([
        { message: '系统繁忙，请稍后重试', path: ['publicDocument'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } },
      ]);
    } finally {
      await blocker.query('commit');
      await blocker.end();
      await admin.end();
    }
  });
});
