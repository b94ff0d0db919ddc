// The portal's columns as Atom feeds (RFC 4287), written by hand: a handful of elements, escaped, in a
// fixed order. Nothing in a feed depends on the time of the request, so the same records give the same
// bytes (readers and caches see a change only when something was published).
import type { Ctx } from '../../common/context.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { publicDocuments } from '../documents/documents.service.js';
import { publicInterpretations } from '../interpretation/interpretation.service.js';
import { publicTopics } from '../consultation/consultation.service.js';
import { publicPressReleases } from '../meetings/meetings.service.js';
import type { Feed } from './open-data.catalogue.js';

/** The newest entries a feed carries. */
export const FEED_SIZE = 50;

interface Entry {
  id: string;
  title: string;
  /** The record's page on the portal (a path). */
  page: string;
  published: string;
  updated: string;
  summary: string | null;
}

/** A day of the calendar (Beijing time) as an Atom date. */
const dayStamp = (day: string) => `${day}T00:00:00+08:00`;
const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** When nothing has been published yet: the notice that set up the work (a fixed date keeps the bytes stable). */
const EPOCH = '2017-03-28T00:00:00+08:00';

const ENTRIES: Record<string, (ctx: Ctx) => Promise<Entry[]>> = {
  async documents(ctx) {
    const { items } = await publicDocuments(ctx, {}, 1, FEED_SIZE, false);
    return items.map((d) => {
      const day = dayStamp(d.issueDate ?? d.createdAt.toISOString().slice(0, 10));
      return {
        id: d.id,
        title: d.title,
        page: `/documents/${d.id}`,
        published: day,
        updated: day,
        summary: [d.documentNumber, d.issuingAuthority, d.issueDate ? `${d.issueDate}印发` : null].filter(Boolean).join('　') || null,
      };
    });
  },
  async interpretations(ctx) {
    const { items } = await publicInterpretations(ctx, 1, FEED_SIZE);
    return items.map((i) => ({
      id: i.id,
      title: i.title,
      page: `/interpretations/${i.id}`,
      published: stamp(i.publishedAt!),
      updated: stamp(i.publishedAt!),
      summary: null,
    }));
  },
  async consultations(ctx) {
    const { items } = await publicTopics(ctx, null, 1, FEED_SIZE);
    return items.map((t) => {
      const published = t.publishedAt ?? t.createdAt;
      // the results published later are news of the topic too
      const updated = t.resultsPublishedAt && t.resultsPublishedAt > published ? t.resultsPublishedAt : published;
      const unit = t.undertakingUnit?.getEntity().name;
      return {
        id: t.id,
        title: t.title,
        page: `/consultations/${t.id}`,
        published: stamp(published),
        updated: stamp(updated),
        summary:
          [
            t.windowStart && t.windowEnd ? `征集时间：${t.windowStart}至${t.windowEnd}` : null,
            unit ? `承办单位：${unit}` : null,
            t.resultsPublishedAt ? '已公布意见采纳情况' : null,
          ]
            .filter(Boolean)
            .join('；') || null,
      };
    });
  },
  async meetings(ctx) {
    const { items } = await publicPressReleases(ctx, 1, FEED_SIZE);
    return items.map((r) => ({
      id: r.id,
      title: r.title,
      page: `/meetings/${r.id}`,
      published: stamp(r.publishedAt),
      updated: stamp(r.publishedAt),
      summary: [r.meeting.getEntity().title, r.source ? `来源：${r.source}` : null].filter(Boolean).join('；') || null,
    }));
  },
};

// XML 1.0 has no place for most control characters, nor for a half of a surrogate pair
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is removed
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (s: string) =>
  s.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The top government, whose portal it is: the author of every feed. */
async function portalGovernmentName(ctx: Ctx) {
  const top = await ctx.em.findOne(Unit, { kind: 'GOVERNMENT', parent: null, active: true }, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  return top?.name ?? '政务公开';
}

/** The feed of a column as Atom, its links absolute on `origin` (the site's address, e.g. https://gk.example.cn). */
export async function atomFeed(ctx: Ctx, feed: Feed, origin: string): Promise<string> {
  const entries = (await ENTRIES[feed.key]!(ctx)).sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id));
  const author = await portalGovernmentName(ctx);
  const self = `${origin}/feeds/${feed.key}.xml`;
  const updated = entries.reduce((max, e) => (Date.parse(e.updated) > Date.parse(max) ? e.updated : max), EPOCH);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlText(self)}</id>`,
    `  <title>${xmlText(`${author} · 政务公开：${feed.title}`)}</title>`,
    `  <subtitle>${xmlText(feed.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(origin + feed.page)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(author)}</name></author>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>urn:uuid:${e.id}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(origin + e.page)}"/>`,
      `    <published>${e.published}</published>`,
      `    <updated>${e.updated}</updated>`,
      ...(e.summary ? [`    <summary>${xmlText(e.summary)}</summary>`] : []),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
