import type { UnitInput } from '../gql/graphql';
import type { UnitRow } from '@/composables/useUnits';

/**
 * The update input that keeps a unit as it is saved, with some fields changed (e.g. `active`).
 * Only a government at the top of the tree states its level; below, the level follows the parent.
 */
export function unitInput(unit: UnitRow, change: Partial<UnitInput> = {}): UnitInput {
  return {
    name: unit.name,
    shortName: unit.shortName ?? null,
    kind: unit.kind,
    function: unit.function ?? null,
    parentId: unit.parentId ?? null,
    sortOrder: unit.sortOrder,
    level: unit.kind === 'GOVERNMENT' && !unit.parentId ? unit.level : null,
    ...change,
  };
}
