import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { pagesOf, type AdminModule } from './admin-module';

type Loader = () => Promise<Component>;

/**
 * Routes inside the signed-in layout: each page, then the pages reached from it (which inherit its
 * ability and menu entry). A page of a module whose words are fetched apart (`messages.pages`) opens
 * once they are here, fetched with its code by `loadMessages`.
 */
export function buildRoutes(modules: readonly AdminModule[], loadMessages: () => Promise<void> = async () => {}): RouteRecordRaw[] {
  const apart = new Set(modules.filter((m) => m.messages?.pages).flatMap((m) => (m.pages ?? []).map((p) => p.name)));
  const routes: RouteRecordRaw[] = [];
  for (const page of pagesOf(modules).values()) {
    const load = (component: Loader): Loader =>
      apart.has(page.name) ? () => Promise.all([component(), loadMessages()]).then(([c]) => c) : component;
    routes.push({ path: page.path, name: page.name, component: load(page.component), meta: { title: page.title, can: page.can } });
    for (const child of page.children ?? []) {
      routes.push({
        path: child.path,
        name: child.name,
        component: load(child.component),
        meta: { title: child.title, can: page.can, menu: page.name },
      });
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
