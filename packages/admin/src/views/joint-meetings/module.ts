import { Connection, Files, Tickets, UserFilled } from '@element-plus/icons-vue';
import { defineAdminModule } from '@/admin-module';
import { messages } from './messages';

/**
 * Joint meetings of the disclosure leading group (system 1, 政务公开小组联席会议制度): the meetings with
 * their agenda, minutes and resolutions, the leading group and its delegations, and a unit's view of the
 * minutes issued to it and the resolutions assigned to it. To-do links: /joint-meetings,
 * /joint-meetings/<id>, /joint-meetings/mine.
 */
export const jointMeetingsModule = defineAdminModule({
  name: 'joint-meetings',
  pages: [
    {
      name: 'joint-meetings',
      path: 'joint-meetings',
      title: 'menu.jointMeetings',
      icon: Connection,
      can: ['read', 'JointMeeting'],
      component: () => import('./index.vue'),
      children: [{ name: 'joint-meeting', path: 'joint-meetings/:id', title: 'menu.jointMeetings', component: () => import('./meeting.vue') }],
    },
    {
      name: 'joint-meetings-group',
      path: 'joint-meetings/group',
      title: 'menu.jointMeetingGroup',
      icon: UserFilled,
      can: ['read', 'LeadingGroupMember'],
      component: () => import('./group.vue'),
    },
    {
      name: 'joint-meetings-mine',
      path: 'joint-meetings/mine',
      title: 'menu.jointMeetingMine',
      icon: Files,
      can: ['read', 'MinutesReceipt'],
      component: () => import('./mine.vue'),
    },
  ],
  menu: [
    {
      key: 'joint-meetings',
      title: 'menu.groupJointMeetings',
      icon: Tickets,
      workspaces: ['disclosureOffice', 'secretariat', 'leader'],
      entries: [{ page: 'joint-meetings' }, { page: 'joint-meetings-group' }, { page: 'joint-meetings-mine' }],
    },
    {
      key: 'joint-meetings-unit',
      title: 'menu.groupJointMeetings',
      icon: Tickets,
      workspaces: ['department'],
      entries: [{ page: 'joint-meetings-mine' }, { page: 'joint-meetings' }],
    },
  ],
  messages,
});
