// What the portal's search finds of the government meetings: their press releases (新闻通稿).
import type { SearchSource } from '../../common/search/source.js';
import { PressRelease } from './meetings.entities.js';

export const PRESS_RELEASE_SEARCH: SearchSource = {
  kind: 'pressRelease',
  label: '新闻通稿',
  audience: 'public',
  entities: ['PressRelease'],
  load: async (em, ids) =>
    (await em.find(PressRelease, { id: { $in: ids } }, { populate: ['meeting'] })).map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      governmentId: r.meeting.getEntity().government.id,
      publishedAt: r.publishedAt,
      path: `/meetings/${r.id}`,
    })),
  allIds: async (em) => (await em.find(PressRelease, {}, { fields: ['id'] })).map((r) => r.id),
};
