import type { Component } from 'vue';
import type { Action, SubjectName } from '@gongkai/shared';
import { pagesOf, type AdminModule } from './admin-module';
import { ADMIN_MODULES } from './modules';
import type { WorkspaceKey } from './workspaces';

/**
 * The menu, built from the modules' declarations (`views/<module>/module.ts`, listed in
 * `modules.ts`). A page shows in the menu only if the signed-in user's ability allows its action
 * on its subject; the router refuses it on the same condition.
 */
export interface MenuPage {
  /** Route name; the menu item's data-testid is `menu-<name>`. */
  name: string;
  /** i18n key of the menu label. */
  title: string;
  icon: Component;
  can: readonly [Action, SubjectName];
  hidden?: boolean;
}

export interface MenuGroup {
  key: string;
  title?: string;
  icon?: Component;
  workspaces: readonly WorkspaceKey[] | 'all';
  pages: MenuPage[];
}

/** The menu groups of the modules, in the modules' order; an entry naming no page is refused. */
export function buildMenu(modules: readonly AdminModule[]): MenuGroup[] {
  const pages = pagesOf(modules);
  return modules.flatMap((module) =>
    (module.menu ?? []).map((group) => ({
      key: group.key,
      title: group.title,
      icon: group.icon,
      workspaces: group.workspaces,
      pages: group.entries.map((entry) => {
        const page = pages.get(entry.page);
        if (!page) throw new Error(`menu group ${group.key} (module ${module.name}) names no page ${entry.page}`);
        return { name: page.name, title: entry.title ?? page.title, icon: entry.icon ?? page.icon, can: page.can, hidden: page.hidden };
      }),
    })),
  );
}

export const MENU: MenuGroup[] = buildMenu(ADMIN_MODULES);

export function groupsFor(workspace: WorkspaceKey): MenuGroup[] {
  return MENU.filter((g) => g.workspaces === 'all' || g.workspaces.includes(workspace));
}
