// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  TOPIC_CATEGORIES,
  TOPIC_STATES,
  WINDOW_PHASES,
  OPINION_CHANNELS,
  ADOPTIONS,
  EVENT_FORMS,
  type TopicCategory,
  type TopicState,
  type WindowPhase,
  type OpinionChannel,
  type Adoption,
  type EventForm,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const TopicCategoryEnum = enumObject<TopicCategory>(TOPIC_CATEGORIES);
registerEnumType(TopicCategoryEnum, { name: 'TopicCategory' });
export const TopicStateEnum = enumObject<TopicState>(TOPIC_STATES);
registerEnumType(TopicStateEnum, { name: 'TopicState' });
export const WindowPhaseEnum = enumObject<WindowPhase>(WINDOW_PHASES);
registerEnumType(WindowPhaseEnum, { name: 'WindowPhase' });
export const OpinionChannelEnum = enumObject<OpinionChannel>(OPINION_CHANNELS);
registerEnumType(OpinionChannelEnum, { name: 'OpinionChannel' });
export const AdoptionEnum = enumObject<Adoption>(ADOPTIONS);
registerEnumType(AdoptionEnum, { name: 'Adoption' });
export const EventFormEnum = enumObject<EventForm>(EVENT_FORMS);
registerEnumType(EventFormEnum, { name: 'EventForm' });
