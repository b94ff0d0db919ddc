// The portal's search and the staff's: segmentation into PostgreSQL full text, indexed in the write's
// transaction, ranked, filtered by what the reader may read; relevance on a hand-labelled set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../packages/server/src/modules/documents/documents.entities.js';
import { rebuildSearchIndex } from '../../packages/server/src/common/search/search.index.js';
import { indexWords, parseQuery } from '../../packages/server/src/common/search/segment.js';
import { CORPUS, LABELLED_QUERIES } from '../support/search-corpus.js';
import { codeOf, demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';

const BY = { createdById: demoUserId('jiaoyu.staff'), createdByName: '教育局经办人' };

let s: Suite;
const ids = new Map<string, string>();
const SEARCH = `query($q:String!,$k:[String!],$u:ID,$y:Int,$p:Int,$n:Int){ search(query:$q, kinds:$k, unitId:$u, year:$y, page:$p, pageSize:$n){
  total allWords groups { kind label count } terms items { kind kindLabel id title number excerpt publishedAt unitName path } } }`;
const search = async (q: string, vars: Record<string, unknown> = {}) => {
  const r = await s.as(null, SEARCH, { q, ...vars });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.search as {
    total: number;
    allWords: boolean;
    groups: { kind: string; label: string; count: number }[];
    terms: string[];
    items: { kind: string; id: string; title: string; number: string | null; excerpt: string; unitName: string | null; path: string }[];
  };
};

beforeAll(async () => {
  s = await startSuite();
  // the corpus as issued, proactive documents of the city, written through the ORM (whose flush indexes them)
  const em = s.orm.em.fork();
  const city = demoUnitId('city');
  CORPUS.forEach((c, i) => {
    const d = em.create(PolicyDocument, {
      ...BY,
      kind: 'GOVERNMENT',
      title: c.title,
      body: c.body,
      documentNumber: c.number || null,
      leadUnit: demoUnitId(i % 2 ? 'housing' : 'civil'),
      government: city,
      state: 'ISSUED',
      disclosureAttribute: 'PROACTIVE',
      issueDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
    } as never);
    ids.set(c.key, d.id);
  });
  await em.flush();
});
afterAll(() => s.close());

describe('relevance on the hand-labelled set', () => {
  it.each(LABELLED_QUERIES.map((q) => [q.query, q.expect]))('%s finds its document among the first three', async (query, key) => {
    const r = await search(query, { k: ['document'], n: 3 });
    expect(r.items.map((i) => i.id)).toContain(ids.get(key));
  });
});

describe('words, not strings', () => {
  it('finds a document by words of its body, in either order, and by its number', async () => {
    expect((await search('二级乙等 普通话')).items[0].id).toBe(ids.get('teacher'));
    // 意见征求 is the same words as 征求意见, the notice's 意见征集 a synonym of both
    for (const q of ['征求意见', '意见征求', '意见征集']) expect((await search(q)).items.map((i) => i.id)).toContain(ids.get('consult'));
    expect((await search('朝住建发〔2026〕15号')).items[0].id).toBe(ids.get('elevator'));
  });

  it('when no text has every word, shows those with some of them, and says so', async () => {
    const all = await search('加装电梯 补助');
    expect(all.allWords).toBe(true);
    const some = await search('小区 加装电梯 补助');
    expect(some.allWords).toBe(false);
    expect(some.items.map((i) => i.id).slice(0, 3)).toContain(ids.get('elevator'));
  });

  it('finds a word inside a longer one the dictionary does not know (托育 in 普惠托育)', async () => {
    expect((await search('托育')).items.map((i) => i.id)).toContain(ids.get('childcare'));
  });

  it('ranks a title hit before a body hit, and says which words to mark', async () => {
    const r = await search('老旧小区改造', { k: ['document'] });
    expect(r.items[0].id).toBe(ids.get('oldcommunity'));
    expect(r.items.map((i) => i.id)).toContain(ids.get('pressrelease')); // only in its body
    expect(r.terms).toContain('老旧小区');
    const body = r.items.find((i) => i.id === ids.get('pressrelease'))!;
    expect(body.excerpt).toContain('老旧小区改造');
  });

  it('groups the hits by kind, filters by kind, unit and year, and pages', async () => {
    const all = await search('朝阳市', { n: 5 });
    expect(all.groups.find((g) => g.kind === 'document')).toMatchObject({ label: '政策文件' });
    expect(all.total).toBe(all.groups.reduce((n, g) => n + g.count, 0));
    const docs = await search('朝阳市', { k: ['document'], n: 5 });
    expect(docs.total).toBe(all.groups.find((g) => g.kind === 'document')!.count);
    expect(docs.items.every((i) => i.kind === 'document')).toBe(true);
    const page2 = await search('朝阳市', { k: ['document'], n: 5, p: 2 });
    expect(page2.items.map((i) => i.id).some((id) => docs.items.some((d) => d.id === id))).toBe(false);
    const housing = await search('朝阳市', { k: ['document'], u: demoUnitId('housing'), n: 100 });
    expect(housing.items.length).toBeGreaterThan(0);
    expect(housing.items.every((i) => i.unitName === '朝阳市住房和城乡建设局')).toBe(true);
    const y2025 = await search('朝阳市', { k: ['document'], y: 2025, n: 100 });
    expect(y2025.total).toBeGreaterThanOrEqual(CORPUS.length - 2);
    expect((await search('朝阳市', { k: ['document'], y: 2019 })).total).toBe(0);
  });

  it('refuses what is no query, with a code; finds nothing in punctuation', async () => {
    expect(codeOf(await s.as(null, SEARCH, { q: '政'.repeat(51) }))).toBe('SEARCH_QUERY_INVALID');
    expect(codeOf(await s.as(null, SEARCH, { q: '   ' }))).toBe('SEARCH_QUERY_INVALID');
    expect(codeOf(await s.as(null, SEARCH, { q: '公开', k: ['secret'] }))).toBe('SEARCH_KIND_UNKNOWN');
    expect(codeOf(await s.as(null, SEARCH, { q: '公开', y: 99999 }))).toBe('BAD_USER_INPUT');
    expect((await search('！？……')).total).toBe(0);
    // quotes and operators are words like any other, never SQL or query syntax
    expect((await s.as(null, SEARCH, { q: "' or 1=1 -- & | !" })).errors).toBeUndefined();
    expect((await search('量子纠缠')).total).toBe(0);
  });
});

describe('every kind the portal publishes', () => {
  it('finds the published evaluation results, complaint statistics, interpretations and topics of the demo data', async () => {
    const kinds = async (q: string) => (await search(q, { n: 50 })).items.map((i) => i.kind);
    expect(await kinds('第三方评估')).toContain('evaluation');
    expect(await kinds('办理情况统计')).toContain('caseStatistics');
    const interpretation = (await search('解读', { k: ['interpretation'], n: 1 })).items[0];
    expect(interpretation.path).toBe(`/interpretations/${interpretation.id}`);
    const groups = (await search('朝阳市', { n: 1 })).groups.map((g) => g.kind);
    expect(groups).toEqual(expect.arrayContaining(['document', 'topic']));
  });
});

describe('what may be found', () => {
  const CREATE = 'mutation($i:DocumentInput!){ createDocument(input:$i){ id version } }';
  const LIST = 'query($q:String){ documents(filter:{ search:$q }, pageSize: 50){ total items { id } } }';
  const PUBLIC_LIST = 'query($q:String){ publicDocuments(filter:{ search:$q }, pageSize: 50){ total items { id } } }';

  it('a draft is found by its unit in the admin, never by another unit or the public', async () => {
    const r = await s.as('jiaoyu.staff', CREATE, {
      i: { kind: 'DEPARTMENT', title: '关于校园午餐配送的通知', body: '配送企业须取得食品经营许可证并实行明厨亮灶。' },
    });
    const id = r.data.createDocument.id;
    expect((await s.as('jiaoyu.staff', LIST, { q: '明厨亮灶' })).data.documents.items.map((d: any) => d.id)).toEqual([id]);
    expect((await s.as('minzheng.staff', LIST, { q: '明厨亮灶' })).data.documents.total).toBe(0);
    expect((await search('明厨亮灶')).total).toBe(0);
    expect((await s.as(null, PUBLIC_LIST, { q: '明厨亮灶' })).data.publicDocuments.total).toBe(0);
    // a part of the number as typed still finds by number in the admin
    expect((await s.as('jiaoyu.staff', LIST, { q: '关于校园午餐' })).data.documents.items.map((d: any) => d.id)).toEqual([id]);
  });

  it('the portal finds a document once its issue commits, and the column search uses the same index', async () => {
    const em = s.orm.em.fork();
    const d = em.create(PolicyDocument, {
      ...BY,
      kind: 'DEPARTMENT',
      title: '关于开展秋冬季森林防火检查的通知',
      body: '重点检查林区野外用火和祭祀用火管控情况。',
      leadUnit: demoUnitId('education'),
      government: demoUnitId('city'),
      state: 'DRAFT',
      disclosureAttribute: 'PROACTIVE',
    } as never);
    await em.flush();
    expect((await search('祭祀用火')).total).toBe(0);
    await s.sql(`update policy_document set state = 'ISSUED', issue_date = '2026-11-02' where id = ?`, [d.id]);
    // a write the ORM did not see is found after the index is built again (as a start does when its version changed)
    expect((await search('祭祀用火')).total).toBe(0);
    await rebuildSearchIndex(s.orm.em.fork());
    expect((await search('祭祀用火')).items.map((i) => i.id)).toEqual([d.id]);
    expect((await s.as(null, PUBLIC_LIST, { q: '野外用火' })).data.publicDocuments.items.map((x: any) => x.id)).toEqual([d.id]);
    // through the ORM, the change is indexed in the same flush: withdrawn, it is gone
    const fork = s.orm.em.fork();
    const doc = await fork.findOneOrFail(PolicyDocument, d.id);
    doc.disclosureAttribute = 'NOT_DISCLOSED';
    await fork.flush();
    expect((await search('祭祀用火')).total).toBe(0);
  });

  it('a document published on application is found by its title, not by the words of its body', async () => {
    const fork = s.orm.em.fork();
    const d = fork.create(PolicyDocument, {
      ...BY,
      kind: 'DEPARTMENT',
      title: '关于内部考勤制度调整的通知',
      body: '考勤机更换为人脸识别终端。',
      leadUnit: demoUnitId('education'),
      government: demoUnitId('city'),
      state: 'ISSUED',
      disclosureAttribute: 'ON_APPLICATION',
      issueDate: '2026-10-20',
    } as never);
    await fork.flush();
    expect((await search('考勤制度')).items.map((i) => i.id)).toEqual([d.id]);
    expect((await search('人脸识别终端')).total).toBe(0);
  });
});

describe("the portal's columns and the staff's lists", () => {
  it('政策解读 and 意见征集 search their own published items through the index', async () => {
    const INTERPRETATIONS = 'query($q:String){ publicInterpretations(search:$q, pageSize: 50){ total items { id title } } }';
    const TOPICS = 'query($q:String){ publicConsultations(search:$q, pageSize: 50){ total items { id title } } }';
    // words of the published interpretation's content and questions, not of its title
    const [published] = await s.sql<{ id: string }>(`select id from interpretation where state = 'PUBLISHED' and content like '%电脑随机录取%'`);
    for (const q of ['电脑随机录取', '随迁子女']) {
      expect((await s.as(null, INTERPRETATIONS, { q })).data.publicInterpretations.items.map((i: any) => i.id)).toEqual([published.id]);
    }
    expect((await s.as(null, INTERPRETATIONS, { q: '人脸识别终端' })).data.publicInterpretations.total).toBe(0);
    // the drafts' words are not found on the portal (the demo's draft on 普惠性幼儿园 is not published)
    expect((await s.as(null, INTERPRETATIONS, { q: '普惠性幼儿园覆盖率' })).data.publicInterpretations.total).toBe(0);
    // a word of a published draft's text (最低生活保障's synonym 低保), and none of a topic not yet published
    const [topic] = await s.sql<{ id: string }>(`select id from consultation_topic where title like '%最低生活保障审核确认办法%'`);
    expect((await s.as(null, TOPICS, { q: '低保 审核确认' })).data.publicConsultations.items.map((t: any) => t.id)).toEqual([topic.id]);
    expect((await s.as(null, TOPICS, { q: '课后服务收费' })).data.publicConsultations.total).toBe(0);
    expect((await s.as(null, TOPICS, { q: '人脸识别终端' })).data.publicConsultations.total).toBe(0);
    // too long a query is refused with its code, as the site search refuses it
    expect(codeOf(await s.as(null, TOPICS, { q: '长'.repeat(51) }))).toBe('SEARCH_QUERY_INVALID');
    expect(codeOf(await s.as(null, INTERPRETATIONS, { q: '长'.repeat(51) }))).toBe('SEARCH_QUERY_INVALID');
  });

  it("a topic's and an interpretation's words are found by their unit in the admin, never by another unit", async () => {
    const created = await s.as('jiaoyu.staff', 'mutation($i:TopicInput!){ createTopic(input:$i){ id } }', {
      i: { title: '关于调整校车接送站点的议题', category: 'LIVELIHOOD', draft: '新增站点须避开学校周边交通主干道的潮汐车道。' },
    });
    const id = created.data.createTopic.id;
    const TOPICS = 'query($q:String){ consultationTopics(filter:{ search:$q }, pageSize: 50){ total items { id } } }';
    expect((await s.as('jiaoyu.staff', TOPICS, { q: '潮汐车道' })).data.consultationTopics.items.map((t: any) => t.id)).toEqual([id]);
    expect((await s.as('minzheng.staff', TOPICS, { q: '潮汐车道' })).data.consultationTopics.total).toBe(0);
    expect((await search('潮汐车道')).total).toBe(0);
    // a part of the title as typed still finds it
    expect((await s.as('jiaoyu.staff', TOPICS, { q: '校车接' })).data.consultationTopics.items.map((t: any) => t.id)).toEqual([id]);

    const INTERPRETATIONS = 'query($q:String){ interpretations(filter:{ search:$q }, pageSize: 50){ total items { id } } }';
    const [draft] = await s.sql<{ id: string }>(`select id from interpretation where state = 'DRAFT' and content like '%普惠性幼儿园%'`);
    expect((await s.as('jiaoyu.staff', INTERPRETATIONS, { q: '幼儿园覆盖率' })).data.interpretations.items.map((i: any) => i.id)).toEqual([draft.id]);
    expect((await s.as('minzheng.staff', INTERPRETATIONS, { q: '幼儿园覆盖率' })).data.interpretations.total).toBe(0);
  });

  it("a unit's name is a word of the search from the moment the unit is created", async () => {
    const name = '朝阳市大数据和营商环境建设服务中心';
    expect(indexWords(`${name}关于数据开放的通知`)).not.toContain(name);
    const r = await s.as('admin', 'mutation($i:UnitInput!){ createUnit(input:$i){ id } }', {
      i: { name, kind: 'DEPARTMENT', parentId: demoUnitId('city') },
    });
    expect(r.errors).toBeUndefined();
    expect(indexWords(`${name}关于数据开放的通知`)).toContain(name);
    expect(parseQuery(name)!.tsquery.startsWith(`(${name} | `)).toBe(true);
  });
});
