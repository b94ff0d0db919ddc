import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

// The demo's work done months ago is made through the real flows under the story's clock: its
// to-dos are opened and done on the story's days, in order.
describe("the demo's to-do list tells the story in order", () => {
  it('opens no to-do after the day it is due', async () => {
    const late = await s.sql(
      `select kind, subject_type, due_at, created_at from todo
        where (created_at at time zone 'Asia/Shanghai')::date > (due_at at time zone 'Asia/Shanghai')::date or created_at::date > due_at::date
        order by kind, created_at`,
    );
    expect(late).toEqual([]);
  });

  it('does no to-do before it was opened', async () => {
    const early = await s.sql(`select kind, subject_type, created_at, done_at from todo where done_at < created_at order by kind, created_at`);
    expect(early).toEqual([]);
  });

  it("tells last year's work on last year's days", async () => {
    const [{ last }] = await s.sql<{ last: string }>(`select (extract(year from now() at time zone 'Asia/Shanghai') - 1)::int::text as last`);
    const rows = await s.sql<{ kind: string; opened: string }>(
      `select kind, min(to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')) as opened from todo
        where kind in ('request.reply', 'review.report', 'jointMeeting.resolution') group by kind order by kind`,
    );
    for (const r of rows) expect(r.opened.slice(0, 4), r.kind).toBe(last);
  });
});
