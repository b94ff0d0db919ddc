import type { RouteRecordRaw } from 'vue-router';
import { pagesOf, type AdminModule } from './admin-module';

/** Routes inside the signed-in layout: each page, then the pages reached from it (which inherit its ability and menu entry). */
export function buildRoutes(modules: readonly AdminModule[]): RouteRecordRaw[] {
  const routes: RouteRecordRaw[] = [];
  for (const page of pagesOf(modules).values()) {
    routes.push({ path: page.path, name: page.name, component: page.component, meta: { title: page.title, can: page.can } });
    for (const child of page.children ?? []) {
      routes.push({ path: child.path, name: child.name, component: child.component, meta: { title: child.title, can: page.can, menu: page.name } });
    }
  }
  return routes;
}

/** Routes outside the layout, open without signing in. */
export function buildPublicRoutes(modules: readonly AdminModule[]): RouteRecordRaw[] {
  return modules.flatMap((m) =>
    (m.publicPages ?? []).map((p) => ({ path: p.path, name: p.name, component: p.component, meta: { public: true, title: p.title } })),
  );
}
