import { createRouter, createWebHistory } from 'vue-router';
import { ElMessage } from 'element-plus';
import { ability } from './ability';
import { t } from './i18n';
import { menuRoutes } from './menu';
import { useSessionStore } from './stores/session';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./views/login/index.vue'),
      meta: { public: true, title: 'login.title' },
    },
    {
      path: '/',
      component: () => import('./layouts/AdminLayout.vue'),
      children: [
        ...menuRoutes(),
        { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFound.vue'), meta: { title: 'error.notFound' } },
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

router.afterEach((to) => {
  const title = to.meta.title ? t(to.meta.title) : '';
  document.title = title ? `${title} - ${t('app.name')}` : t('app.name');
});
