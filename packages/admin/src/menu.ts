import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Action, SubjectName } from '@gongkai/shared';
import {
  Calendar,
  CollectionTag,
  DocumentChecked,
  List,
  OfficeBuilding,
  Tickets,
  User,
  UserFilled,
} from '@element-plus/icons-vue';
import type { WorkspaceKey } from './workspaces';

/**
 * The menu, as data. Each module adds one group here: its pages (routes are built from them),
 * the workspaces that show the group, and for each page the ability it needs. A page shows in
 * the menu only if the signed-in user's ability allows its action on its subject; the router
 * refuses it on the same condition.
 */
export interface MenuPage {
  /** Route name; the menu item's data-testid is `menu-<name>`. */
  name: string;
  /** Path under the SPA base, without a leading slash. */
  path: string;
  /** i18n key of the menu label and page title. */
  title: string;
  icon: Component;
  can: readonly [Action, SubjectName];
  component: () => Promise<Component>;
  /** Pages reached from this one (details), not shown in the menu; they inherit `can`. */
  children?: { name: string; path: string; title: string; component: () => Promise<Component> }[];
  /** Hide the page in the menu (still routable). */
  hidden?: boolean;
}

export interface MenuGroup {
  key: string;
  /** i18n key; a group without a title puts its pages at the top level of the menu. */
  title?: string;
  icon?: Component;
  /** Workspaces that show this group: a list, or 'all'. */
  workspaces: readonly WorkspaceKey[] | 'all';
  pages: MenuPage[];
}

const view = {
  home: () => import('./views/home/index.vue'),
  units: () => import('./views/units/index.vue'),
  users: () => import('./views/users/index.vue'),
  parameters: () => import('./views/parameters/index.vue'),
  calendar: () => import('./views/calendar/index.vue'),
  audit: () => import('./views/audit/index.vue'),
  accountRequests: () => import('./views/account-requests/index.vue'),
  accountRequest: () => import('./views/account-requests/detail.vue'),
};

const accountRequests: MenuPage = {
  name: 'account-requests',
  path: 'account-requests',
  title: 'menu.accountRequests',
  icon: DocumentChecked,
  can: ['read', 'AccountRequest'],
  component: view.accountRequests,
  children: [
    {
      name: 'account-request',
      path: 'account-requests/:id',
      title: 'accountRequests.detailTitle',
      component: view.accountRequest,
    },
  ],
};
const parameters: MenuPage = {
  name: 'parameters',
  path: 'parameters',
  title: 'menu.parameters',
  icon: CollectionTag,
  can: ['read', 'PolicyParameter'],
  component: view.parameters,
};
const calendar: MenuPage = {
  name: 'calendar',
  path: 'calendar',
  title: 'menu.calendar',
  icon: Calendar,
  can: ['read', 'CalendarDay'],
  component: view.calendar,
};
const users: MenuPage = {
  name: 'users',
  path: 'users',
  title: 'menu.users',
  icon: User,
  can: ['read', 'User'],
  component: view.users,
};

export const MENU: MenuGroup[] = [
  {
    key: 'home',
    workspaces: 'all',
    pages: [{ name: 'home', path: '', title: 'menu.home', icon: List, can: ['read', 'Todo'], component: view.home }],
  },
  {
    key: 'system',
    title: 'menu.groupSystem',
    icon: OfficeBuilding,
    workspaces: ['admin'],
    pages: [
      {
        name: 'units',
        path: 'units',
        title: 'menu.units',
        icon: OfficeBuilding,
        can: ['read', 'Unit'],
        component: view.units,
      },
      users,
      accountRequests,
      parameters,
      calendar,
      {
        name: 'audit',
        path: 'audit',
        title: 'menu.audit',
        icon: Tickets,
        can: ['read', 'AuditRecord'],
        component: view.audit,
      },
    ],
  },
  {
    key: 'organisation',
    title: 'menu.groupOrganisation',
    icon: OfficeBuilding,
    workspaces: ['department'],
    pages: [accountRequests, { ...users, title: 'menu.unitUsers', icon: UserFilled }],
  },
  {
    key: 'reference',
    title: 'menu.groupReference',
    icon: CollectionTag,
    workspaces: [
      'department',
      'secretariat',
      'egov',
      'academy',
      'training',
      'disclosureOffice',
      'documentSection',
      'complaintOffice',
      'supervisor',
      'leader',
    ],
    pages: [parameters, calendar],
  },
];

/** Every page once (a page may sit in several groups). */
export function allPages(): MenuPage[] {
  const seen = new Map<string, MenuPage>();
  for (const group of MENU) for (const page of group.pages) if (!seen.has(page.name)) seen.set(page.name, page);
  return [...seen.values()];
}

/** Routes for the layout's children, built from the menu. */
export function menuRoutes(): RouteRecordRaw[] {
  const routes: RouteRecordRaw[] = [];
  for (const page of allPages()) {
    routes.push({ path: page.path, name: page.name, component: page.component, meta: { title: page.title, can: page.can } });
    for (const child of page.children ?? []) {
      routes.push({
        path: child.path,
        name: child.name,
        component: child.component,
        meta: { title: child.title, can: page.can, menu: page.name },
      });
    }
  }
  return routes;
}

export function groupsFor(workspace: WorkspaceKey): MenuGroup[] {
  return MENU.filter((g) => g.workspaces === 'all' || g.workspaces.includes(workspace));
}
