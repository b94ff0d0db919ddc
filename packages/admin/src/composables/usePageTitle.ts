import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useI18n } from 'vue-i18n';
import { useSessionStore } from '@/stores/session';

/**
 * The page's title as the current workspace's menu names it (one page may carry a different label
 * in another workspace, e.g. 政策文件 / 文件查询), else the route's title.
 */
export function usePageTitle(fallback: string) {
  const route = useRoute();
  const session = useSessionStore();
  const { t } = useI18n();
  return computed(() => {
    const page = session.menu.flatMap((g) => g.pages).find((p) => p.name === route.name);
    return t(page?.title ?? route.meta.title ?? fallback);
  });
}
