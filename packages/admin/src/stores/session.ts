import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import type { Role } from '@gongkai/shared';
import { applyPackedRules, ability } from '@/ability';
import { ApiFailure, mutate, query, setUnauthenticatedHandler } from '@/api/client';
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from '@/gql/graphql';
import { groupsFor, type MenuGroup } from '@/menu';
import { workspacesFor, type WorkspaceKey } from '@/workspaces';

const WORKSPACE_STORAGE = 'gongkai.admin.workspace';
/** Base of the SPA's URLs ('/admin/'). */
const BASE = import.meta.env.BASE_URL;

export const useSessionStore = defineStore('session', () => {
  const viewer = shallowRef<ViewerFieldsFragment | null>(null);
  /** `me` has been asked once since the page loaded. */
  const loaded = ref(false);
  /** Bumped whenever the rules change, so that computed menus follow the ability. */
  const rulesVersion = ref(0);
  const chosenWorkspace = ref<WorkspaceKey | null>(null);

  const user = computed(() => viewer.value?.user ?? null);
  const roles = computed<Role[]>(() => (user.value?.roles ?? []) as Role[]);
  const signedIn = computed(() => user.value !== null);
  const workspaces = computed(() => workspacesFor(roles.value));
  const workspace = computed(() => {
    const list = workspaces.value;
    return list.find((w) => w.key === chosenWorkspace.value) ?? list[0] ?? null;
  });

  /** The current workspace's menu, keeping only the pages the ability allows. */
  const menu = computed<MenuGroup[]>(() => {
    void rulesVersion.value;
    const ws = workspace.value;
    if (!ws) return [];
    return groupsFor(ws.key)
      .map((g) => ({ ...g, pages: g.pages.filter((p) => !p.hidden && ability.can(p.can[0], p.can[1])) }))
      .filter((g) => g.pages.length > 0);
  });

  function setViewer(v: ViewerFieldsFragment | null): void {
    viewer.value = v;
    applyPackedRules(v?.rules ?? null);
    rulesVersion.value++;
    if (v) {
      const saved = localStorage.getItem(`${WORKSPACE_STORAGE}.${v.user.id}`) as WorkspaceKey | null;
      chosenWorkspace.value = saved;
    } else {
      chosenWorkspace.value = null;
    }
  }

  function chooseWorkspace(key: WorkspaceKey): void {
    chosenWorkspace.value = key;
    if (user.value) localStorage.setItem(`${WORKSPACE_STORAGE}.${user.value.id}`, key);
  }

  /** Which of the user's workspaces show a page (route name) in their menu. */
  function workspacesShowing(routeName: string): WorkspaceKey[] {
    return workspaces.value.filter((w) => groupsFor(w.key).some((g) => g.pages.some((p) => p.name === routeName))).map((w) => w.key);
  }

  async function load(): Promise<void> {
    try {
      const data = await query(MeDocument, {});
      setViewer(data.me ?? null);
    } catch (e) {
      // Not signed in (or the server is unreachable): the login page says more when used.
      if (!(e instanceof ApiFailure)) throw e;
      setViewer(null);
    } finally {
      loaded.value = true;
    }
  }

  async function login(username: string, password: string): Promise<void> {
    const data = await mutate(LoginDocument, { username, password });
    setViewer(data.login);
    loaded.value = true;
  }

  /** Sign out and reload the SPA, so that no cached data of this user stays in memory. */
  async function logout(): Promise<void> {
    try {
      await mutate(LogoutDocument, {});
    } finally {
      setViewer(null);
      window.location.assign(`${BASE}login`);
    }
  }

  /** The server no longer knows the session: back to the login page, then to where the user was. */
  function expire(): void {
    if (!signedIn.value) return;
    setViewer(null);
    const here = window.location.pathname.slice(BASE.length - 1) + window.location.search;
    window.location.assign(`${BASE}login?expired=1&redirect=${encodeURIComponent(here)}`);
  }

  setUnauthenticatedHandler(expire);

  return {
    viewer,
    user,
    roles,
    signedIn,
    loaded,
    rulesVersion,
    workspaces,
    workspace,
    menu,
    chooseWorkspace,
    workspacesShowing,
    load,
    login,
    logout,
    expire,
  };
});
