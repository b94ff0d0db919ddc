import type { UnitNode } from '@/composables/useUnits';

/** The scope a dashboard is read for (the server's GovernmentScopeInput); null is the reader's own. */
export interface GovernmentScope {
  governmentId: string;
  withChildren: boolean;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One choice of the scope select: its value, label, and the note the dashboard shows under its title. */
export function scopeLabel(t: Translate, g: UnitNode, withChildren: boolean, label: string, indent = '') {
  return [
    {
      value: `${g.id}|${withChildren ? 1 : 0}`,
      label: indent + t(`scope.${label}`, { name: g.name }),
      scope: { governmentId: g.id, withChildren },
      note: t(withChildren ? 'scope.noteWithChildren' : 'scope.note', { name: g.name }),
    },
  ];
}
