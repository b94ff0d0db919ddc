// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import { MEETING_KINDS, INVITEE_CATEGORIES, PROPOSAL_STATES, type MeetingKind, type InviteeCategory, type ProposalState } from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const MeetingKindEnum = enumObject<MeetingKind>(MEETING_KINDS);
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });
export const InviteeCategoryEnum = enumObject<InviteeCategory>(INVITEE_CATEGORIES);
registerEnumType(InviteeCategoryEnum, { name: 'InviteeCategory' });
export const ProposalStateEnum = enumObject<ProposalState>(PROPOSAL_STATES);
registerEnumType(ProposalStateEnum, { name: 'ProposalState' });
