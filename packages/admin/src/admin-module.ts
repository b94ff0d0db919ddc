import type { Component } from 'vue';
import type { Action, SubjectName } from '@gongkai/shared';
import type { WorkspaceKey } from './workspaces';

/**
 * What a module of the admin SPA declares in `views/<module>/module.ts`: its pages (the routes are
 * made from them), the menu groups it adds, and its messages. `src/modules.ts` lists the modules;
 * the router, the menu and the messages are built from that list and know no page of their own.
 */
export interface AdminModule {
  /** The folder's name under `views/`. */
  name: string;
  /** Pages in the signed-in layout, each guarded by the ability it needs. */
  pages?: ModulePage[];
  /** Pages outside the layout, reachable without signing in (the login page). */
  publicPages?: PublicPage[];
  /** Menu groups, in the order they show; a module's groups follow those of the modules listed before it. */
  menu?: MenuGroupDeclaration[];
  /** Messages in zh-CN (the source language) and English, merged into the application's as they are fetched. */
  messages?: ModuleMessages;
}

export interface ModulePage {
  /** Route name; the menu item's data-testid is `menu-<name>`. */
  name: string;
  /** Path under the SPA base, without a leading slash. */
  path: string;
  /** i18n key of the page title, and of the menu label unless a menu entry names another. */
  title: string;
  icon: Component;
  /** The ability the page needs; the menu and the router check the same. */
  can: readonly [Action, SubjectName];
  component: () => Promise<Component>;
  /** Pages reached from this one (details), not shown in the menu; they inherit `can`. */
  children?: { name: string; path: string; title: string; component: () => Promise<Component> }[];
  /** Hide the page in the menu (still routable). */
  hidden?: boolean;
}

export interface PublicPage {
  name: string;
  /** Absolute path under the SPA base. */
  path: string;
  title: string;
  component: () => Promise<Component>;
}

/** A page in a menu group: named by its route name (it may be another module's), with its own label or icon there. */
export interface MenuEntry {
  page: string;
  title?: string;
  icon?: Component;
}

export interface MenuGroupDeclaration {
  key: string;
  /** i18n key; a group without a title puts its pages at the top level of the menu. */
  title?: string;
  icon?: Component;
  /** Workspaces that show this group: a list, or 'all'. */
  workspaces: readonly WorkspaceKey[] | 'all';
  entries: MenuEntry[];
}

/** A tree of messages (strings at the leaves). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}
export interface ModuleMessages {
  /** Chinese needed before any of the module's pages opens (its menu's words), or all of it. */
  'zh-CN': MessageTree;
  /**
   * The rest of its Chinese, the words of its pages: fetched, with every module's (a page may show
   * another module's words), before the first page of a module that has them opens.
   */
  pages?: () => Promise<MessageTree>;
  /** All of its English, fetched only when a user chooses English. */
  en: () => Promise<MessageTree>;
}

/** Typed identity, for the manifests. */
export function defineAdminModule(module: AdminModule): AdminModule {
  return module;
}

/** Every page of the modules, by route name; a name declared twice is a mistake and refused. */
export function pagesOf(modules: readonly AdminModule[]): Map<string, ModulePage> {
  const pages = new Map<string, ModulePage>();
  for (const module of modules) {
    for (const page of module.pages ?? []) {
      if (pages.has(page.name)) throw new Error(`page ${page.name} is declared twice (module ${module.name})`);
      pages.set(page.name, page);
    }
  }
  return pages;
}
