import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import { UnitsDocument, type UnitFieldsFragment } from '@/views/units/gql/graphql';

export type UnitRow = UnitFieldsFragment;
export interface UnitNode extends UnitRow {
  children: UnitNode[];
  /** Names from the root down to this unit, for search and display. */
  path: string;
}

/** Build the unit tree from the flat list (ordered by sortOrder). Orphans become roots. */
export function buildUnitTree(units: readonly UnitRow[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { ...u, children: [], path: u.name });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[], prefix: string) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
    for (const n of list) {
      n.path = prefix ? `${prefix} / ${n.name}` : n.name;
      sort(n.children, n.path);
    }
  };
  sort(roots, '');
  return roots;
}

/** Ids of a unit and everything below it. */
export function descendantIds(node: UnitNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: UnitNode) => {
    ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

export function useUnits() {
  const result = useQuery({ query: UnitsDocument });
  const list = computed(() => result.data.value?.units ?? []);
  const tree = computed(() => buildUnitTree(list.value));
  const byId = computed(() => {
    const map = new Map<string, UnitNode>();
    const walk = (n: UnitNode) => {
      map.set(n.id, n);
      n.children.forEach(walk);
    };
    tree.value.forEach(walk);
    return map;
  });
  return {
    result,
    list,
    tree,
    byId,
    fetching: result.fetching,
    refetch: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
