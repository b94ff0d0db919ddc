// The search index after a flush: what the flushed entities settle without being loaded back (a draft is
// never in a public kind, a document just inserted is indexed from memory) agrees with what the kinds'
// `load` finds, and a withdrawal removes the public row while the staff's stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedModules } from '../../packages/server/src/common/modules.js';
import { PolicyDocument } from '../../packages/server/src/modules/documents/documents.entities.js';
import { demoUnitId, demoUserId, startSuite, type Suite } from '../support/suite.js';
import { countStatements } from '../support/statements.js';

const BY = { createdById: demoUserId('jiaoyu.staff'), createdByName: '教育局经办人' };
const CREATE = 'mutation($i:DocumentInput!){ createDocument(input:$i){ id } }';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

/** The kinds an item has a row in, with the row's title. */
const rowsOf = async (id: string) =>
  Object.fromEntries(
    (await s.sql<{ kind: string; title: string }>(`select kind, title from search_entry where item_id = ? order by kind`, [id])).map((r) => [
      r.kind,
      r.title,
    ]),
  );

const issuedDocument = async (title: string) => {
  const em = s.orm.em.fork();
  const d = em.create(PolicyDocument, {
    ...BY,
    kind: 'DEPARTMENT',
    title,
    body: '正文',
    leadUnit: demoUnitId('education'),
    government: demoUnitId('city'),
    state: 'ISSUED',
    disclosureAttribute: 'PROACTIVE',
    issueDate: '2026-11-02',
  } as never);
  await em.flush();
  return d.id;
};

describe('the index of a flush', () => {
  it("every kind's shortcut agrees with its load, for every item of the demo data", async () => {
    const sources = installedModules().searchSources.filter((x) => x.flushed);
    expect(sources.map((x) => x.kind).sort()).toEqual(['document', 'document.staff']);
    for (const source of sources) {
      const em = s.orm.em.fork();
      const all = await em.find(source.flushed!.entity, {});
      expect(all.length).toBeGreaterThan(10);
      const loaded = new Map(
        (
          await source.load(
            em,
            all.map((e) => (e as { id: string }).id),
          )
        ).map((i) => [i.id, i]),
      );
      for (const entity of all) {
        const id = (entity as { id: string }).id;
        for (const inserted of [true, false]) {
          const item = source.flushed!.item(entity, inserted);
          if (item === undefined) continue;
          expect(item, `${source.kind} ${id} ${inserted ? 'inserted' : 'updated'}`).toEqual(item === null ? null : loaded.get(id));
          if (item === null) expect(loaded.has(id)).toBe(false);
        }
      }
    }
  });

  it('a draft is indexed for the staff in one statement, never publicly, nothing loaded back', async () => {
    await s.as('jiaoyu.staff', '{ __typename }');
    const { result, statements } = await countStatements(() =>
      s.as('jiaoyu.staff', CREATE, { i: { kind: 'DEPARTMENT', title: '关于暑期托管服务的通知', body: '托管服务以看护为主' } }),
    );
    const id = result.data.createDocument.id;
    expect(await rowsOf(id)).toEqual({ 'document.staff': '关于暑期托管服务的通知' });
    expect(statements.filter((x) => /search_entry/.test(x))).toHaveLength(1);
    expect(statements.filter((x) => /from "policy_document"|from "interpretation"/.test(x))).toEqual([]);
  });

  it('published, then withdrawn: the public row goes, the staff row stays and follows the change', async () => {
    const id = await issuedDocument('关于公布托育机构名单的通知');
    expect(await rowsOf(id)).toEqual({ document: '关于公布托育机构名单的通知', 'document.staff': '关于公布托育机构名单的通知' });
    // a change read with some fields only: what was not loaded says nothing, the items are loaded
    const partial = s.orm.em.fork();
    const p = await partial.findOneOrFail(PolicyDocument, id, { fields: ['id', 'title'] });
    p.title = '关于公布第一批托育机构名单的通知';
    await partial.flush();
    expect(await rowsOf(id)).toEqual({ document: '关于公布第一批托育机构名单的通知', 'document.staff': '关于公布第一批托育机构名单的通知' });
    const fork = s.orm.em.fork();
    const d = await fork.findOneOrFail(PolicyDocument, id);
    d.state = 'DRAFT';
    d.title = '关于公布托育机构名单的通知（撤回）';
    await fork.flush();
    expect(await rowsOf(id)).toEqual({ 'document.staff': '关于公布托育机构名单的通知（撤回）' });
    // published again, then classified: gone from the public kind again
    d.state = 'ISSUED';
    await fork.flush();
    expect(Object.keys(await rowsOf(id))).toEqual(['document', 'document.staff']);
    d.classified = true;
    await fork.flush();
    expect(Object.keys(await rowsOf(id))).toEqual(['document.staff']);
  });

  it('a document deleted leaves no row; an interpretation follows its document', async () => {
    const id = await issuedDocument('关于废止部分文件的决定');
    const fork = s.orm.em.fork();
    fork.remove(await fork.findOneOrFail(PolicyDocument, id));
    await fork.flush();
    expect(await rowsOf(id)).toEqual({});
    // the demo's published interpretation leaves the public kind with its document, and comes back with it
    const [i] = await s.sql<{ id: string; document_id: string }>(
      `select i.id, i.document_id from interpretation i join search_entry e on e.item_id = i.id and e.kind = 'interpretation' limit 1`,
    );
    const em = s.orm.em.fork();
    const doc = await em.findOneOrFail(PolicyDocument, i.document_id);
    doc.disclosureAttribute = 'NOT_DISCLOSED';
    await em.flush();
    expect(Object.keys(await rowsOf(i.id))).toEqual(['interpretation.staff']);
    doc.disclosureAttribute = 'PROACTIVE';
    await em.flush();
    expect(Object.keys(await rowsOf(i.id))).toEqual(['interpretation', 'interpretation.staff']);
  });
});
