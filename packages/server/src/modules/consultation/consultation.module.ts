import { CONSULTATION_TODO_KINDS } from '@gongkai/shared';
import type { ModuleManifest } from '../../common/modules.js';
import { assertCan } from '../../common/ability.js';
import * as enums from './consultation.enums.js';
import { ConsultationEvent, ConsultationTopic, MaterialDelivery, Opinion } from './consultation.entities.js';
import { ConsultationEventResolver, OpinionResolver, PublicTopicResolver, TopicResolver } from './consultation.resolver.js';
import { getTopic, topicForFiles } from './consultation.service.js';
import { seedConsultations } from './consultation.seed.js';
import { TOPIC_SEARCH, TOPIC_STAFF_SEARCH } from './consultation.search.js';

/** System 3: public consultation before government meetings. */
export const consultationModule: ModuleManifest = {
  name: 'consultation',
  searchSources: [TOPIC_SEARCH, TOPIC_STAFF_SEARCH],
  entities: [ConsultationTopic, Opinion, ConsultationEvent, MaterialDelivery],
  resolvers: [TopicResolver, PublicTopicResolver, OpinionResolver, ConsultationEventResolver],
  enums: { ...enums },
  attachmentOwners: {
    ConsultationTopic: {
      // the files of a published topic are public, like its draft
      read: topicForFiles,
      attach: async (ctx, id) => {
        const t = await getTopic(ctx, id);
        assertCan(ctx, 'update', 'ConsultationTopic', t);
        return t;
      },
    },
  },
  todoKinds: CONSULTATION_TODO_KINDS,
  seed: seedConsultations,
};
