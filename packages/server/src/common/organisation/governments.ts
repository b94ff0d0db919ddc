import type { Ctx } from '../context.js';

/** The government and the governments below it (a city's counties; a province's cities and their counties). */
export async function governmentsUnder(ctx: Ctx, governmentId: string): Promise<string[]> {
  const rows = await ctx.em.execute<{ id: string }[]>(
    `with recursive levels as (select id from unit where id = ? union select u.id from unit u join levels l on u.parent_id = l.id where u.kind = 'GOVERNMENT')
     select id from levels`,
    [governmentId],
  );
  return rows.map((x) => x.id);
}
