import 'vue-router';
import type { Action, SubjectName } from '@gongkai/shared';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title). */
    title?: string;
    /** Ability the page needs; the menu and the router check the same. */
    can?: readonly [Action, SubjectName];
    /** Menu entry to highlight for a page that is not itself in the menu. */
    menu?: string;
    /** Reachable without signing in. */
    public?: boolean;
  }
}
