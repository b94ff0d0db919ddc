/** The units of the portal's unit pickers, in the organisation tree's order. */

export interface PortalUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  sortOrder: number;
  active: boolean;
}

export interface UnitGroup<U extends PortalUnit> {
  id: string;
  /** The government's name, the label of its group. */
  label: string;
  /** The government itself, then its departments, affiliated units and parks. */
  units: U[];
}

/** Active units grouped by the government they belong to (a government, then its own units), in the tree's order. */
export function unitGroups<U extends PortalUnit>(units: readonly U[]): UnitGroup<U>[] {
  const all = units.filter((u) => u.active);
  const ids = new Set(all.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const u of all) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
  }
  const groups: UnitGroup<U>[] = [];
  const visit = (parent: string | null) => {
    for (const u of children.get(parent) ?? []) {
      if (u.kind !== 'GOVERNMENT') continue;
      const own = (children.get(u.id) ?? []).filter((c) => ['DEPARTMENT', 'AFFILIATED', 'PARK'].includes(c.kind));
      groups.push({ id: u.id, label: u.name, units: [u, ...own] });
      visit(u.id);
    }
  };
  visit(null);
  return groups;
}
