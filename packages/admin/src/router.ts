import { createRouter, createWebHistory } from 'vue-router';
import { ElMessage } from 'element-plus';
import { ability } from './ability';
import { loadPageMessages, t } from './i18n';
import { buildPublicRoutes, buildRoutes } from './routes';
import { ADMIN_MODULES } from './modules';
import { useSessionStore } from './stores/session';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    ...buildPublicRoutes(ADMIN_MODULES),
    {
      path: '/',
      component: () => import('./layouts/AdminLayout.vue'),
      children: [
        ...buildRoutes(ADMIN_MODULES, loadPageMessages),
        { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./layouts/NotFound.vue'), meta: { title: 'error.notFound' } },
      ],
    },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach(async (to) => {
  const session = useSessionStore();
  if (!session.loaded) await session.load();

  if (to.meta.public) {
    if (to.name === 'login' && session.signedIn) return { name: 'home' };
    return true;
  }
  if (!session.signedIn) {
    return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  const can = to.meta.can;
  if (can && !ability.can(can[0], can[1])) {
    ElMessage.warning(t('error.noAccess'));
    return { name: 'home' };
  }
  // A page reached from a link (a to-do, a notification) opens the workspace that has it in its menu.
  const menuName = to.meta.menu ?? (typeof to.name === 'string' ? to.name : undefined);
  if (menuName && session.workspace && menuName !== 'home') {
    const showing = session.workspacesShowing(menuName);
    if (showing.length > 0 && !showing.includes(session.workspace.key)) session.chooseWorkspace(showing[0]!);
  }
  return true;
});

// After a new release the old page may ask for chunks that no longer exist: load the page afresh.
// Once only: if the chunk is still missing after a reload, the error stays on screen.
router.onError((error: Error, to) => {
  if (!/dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)) return;
  const key = 'gongkai.admin.reloadedFor';
  if (sessionStorage.getItem(key) === to.fullPath) return;
  sessionStorage.setItem(key, to.fullPath);
  window.location.assign(import.meta.env.BASE_URL.replace(/\/$/, '') + to.fullPath);
});

router.afterEach((to) => {
  const title = to.meta.title ? t(to.meta.title) : '';
  document.title = title ? `${title} - ${t('app.name')}` : t('app.name');
});
