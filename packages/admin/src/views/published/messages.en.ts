import type { Messages } from './messages';

/** English messages of this module, loaded only when a user chooses English (Chinese, the source, is in messages.ts). */
export const en: Messages = {
  menu: {
    groupPublished: 'Website',
    published: 'Published',
  },
  published: {
    title: 'Published',
    documents: 'Government information',
    interpretationsTab: 'Interpretations',
    interpretations: 'Interpretation',
    searchTitle: 'Title',
    portalPage: 'Portal',
    open: 'Open',
    late: 'Late',
  },
};
