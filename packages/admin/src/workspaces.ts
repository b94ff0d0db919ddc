import type { Component } from 'vue';
import type { Role } from '@gongkai/shared';
import {
  Briefcase,
  ChatLineSquare,
  DataAnalysis,
  Document,
  Monitor,
  Notebook,
  OfficeBuilding,
  Reading,
  Setting,
  Stamp,
  View,
} from '@element-plus/icons-vue';

/**
 * A workspace is the set of menus one kind of work needs. A user with several roles has several
 * workspaces and switches between them in the header. The order below is the default choice.
 */
export const WORKSPACE_KEYS = [
  'department',
  'disclosureOffice',
  'secretariat',
  'documentSection',
  'egov',
  'complaintOffice',
  'academy',
  'training',
  'supervisor',
  'leader',
  'admin',
] as const;
export type WorkspaceKey = (typeof WORKSPACE_KEYS)[number];

export interface Workspace {
  key: WorkspaceKey;
  /** Roles that open this workspace. */
  roles: readonly Role[];
  icon: Component;
}

export const WORKSPACES: readonly Workspace[] = [
  { key: 'department', roles: ['DEPARTMENT_STAFF', 'DEPARTMENT_HEAD', 'DISCLOSURE_OFFICER'], icon: OfficeBuilding },
  { key: 'disclosureOffice', roles: ['DISCLOSURE_OFFICE'], icon: Briefcase },
  { key: 'secretariat', roles: ['SECRETARIAT'], icon: Notebook },
  { key: 'documentSection', roles: ['DOCUMENT_SECTION'], icon: Stamp },
  { key: 'egov', roles: ['EGOV_CENTER'], icon: Monitor },
  { key: 'complaintOffice', roles: ['COMPLAINT_OFFICE'], icon: ChatLineSquare },
  { key: 'academy', roles: ['ACADEMY_EVALUATOR', 'ACADEMY_ADMIN'], icon: DataAnalysis },
  { key: 'training', roles: ['TRAINING_ADMIN'], icon: Reading },
  { key: 'supervisor', roles: ['SUPERVISOR'], icon: View },
  { key: 'leader', roles: ['LEADER'], icon: Document },
  { key: 'admin', roles: ['ADMIN'], icon: Setting },
];

export function workspacesFor(roles: readonly Role[]): Workspace[] {
  return WORKSPACES.filter((w) => w.roles.some((r) => roles.includes(r)));
}

/** For data-testid: camelCase key → kebab-case. */
export function workspaceSlug(key: WorkspaceKey): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
