/** Page arguments made safe: a page from 1, at most 100 rows. */
export function pageWindow(page: number, pageSize: number) {
  const limit = Math.min(Math.max(pageSize, 1), 100);
  return { limit, offset: (Math.max(page, 1) - 1) * limit };
}

/** Text for a LIKE pattern, with its wildcards taken literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
