// The indicator tree as the editor holds it: nested nodes, flattened for the table (with depth and
// outline code) and for saving (key / parentKey, the whole tree at once); the sums of every level.
import { EVALUATION_DIMENSIONS, type EvaluationDimension, type EvaluationMethod } from '@gongkai/shared';
import type { IndicatorFieldsFragment, IndicatorNodeInput } from '../gql/graphql';
import { cents } from './evaluation';

export interface EditNode {
  /** The indicator's id, or a temporary key for a new one. */
  key: string;
  /** First level only. */
  dimension: EvaluationDimension | null;
  name: string;
  maxScore: number;
  guide: string;
  methods: EvaluationMethod[];
  children: EditNode[];
}

export interface EditRow {
  node: EditNode;
  parent: EditNode | null;
  depth: number;
  code: string;
}

/** A level whose scores do not add up: the parent (null for the first level) and the sum found. */
export interface Mismatch {
  parent: EditNode | null;
  sum: number;
  expected: number;
}

export function toEditTree(list: readonly IndicatorFieldsFragment[]): EditNode[] {
  const nodes = new Map<string, EditNode>();
  for (const i of list) {
    nodes.set(i.id, {
      key: i.id,
      dimension: i.parentId ? null : (i.dimension as EvaluationDimension),
      name: i.name,
      maxScore: i.maxScore,
      guide: i.guide ?? '',
      methods: [...(i.methods as EvaluationMethod[])],
      children: [],
    });
  }
  const roots: EditNode[] = [];
  for (const i of list) {
    const n = nodes.get(i.id)!;
    const parent = i.parentId ? nodes.get(i.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots.sort((a, b) => EVALUATION_DIMENSIONS.indexOf(a.dimension!) - EVALUATION_DIMENSIONS.indexOf(b.dimension!));
}

/** Every node in outline order, with its depth and outline number (1.2.3). */
export function flatten(roots: readonly EditNode[]): EditRow[] {
  const rows: EditRow[] = [];
  const walk = (list: readonly EditNode[], parent: EditNode | null, prefix: string, depth: number) => {
    list.forEach((node, i) => {
      const code = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      rows.push({ node, parent, depth, code });
      walk(node.children, node, code, depth + 1);
    });
  };
  walk(roots, null, '', 1);
  return rows;
}

export const sumOf = (list: readonly EditNode[]) => list.reduce((a, n) => a + cents(n.maxScore), 0) / 100;

/** The levels that do not add up: the first level to the full score, every other to its parent. */
export function mismatches(roots: readonly EditNode[], fullScore: number): Mismatch[] {
  const out: Mismatch[] = [];
  if (cents(sumOf(roots)) !== cents(fullScore)) out.push({ parent: null, sum: sumOf(roots), expected: fullScore });
  for (const { node } of flatten(roots)) {
    if (node.children.length && cents(sumOf(node.children)) !== cents(node.maxScore)) {
      out.push({ parent: node, sum: sumOf(node.children), expected: node.maxScore });
    }
  }
  return out;
}

/** The whole tree for saveIndicatorTree: parents before their children; methods on leaves only. */
export function toNodeInputs(roots: readonly EditNode[]): IndicatorNodeInput[] {
  return flatten(roots).map(({ node, parent }) => ({
    key: node.key,
    parentKey: parent?.key ?? null,
    dimension: parent ? null : node.dimension,
    name: node.name.trim(),
    maxScore: node.maxScore,
    guide: node.guide.trim() || null,
    methods: node.children.length ? [] : node.methods,
  }));
}

let counter = 0;
/** A new child: the score still missing from the parent's level (or 1), the parent's methods. */
export function newChild(parent: EditNode): EditNode {
  const left = (cents(parent.maxScore) - cents(sumOf(parent.children))) / 100;
  return {
    key: `new-${Date.now().toString(36)}-${counter++}`,
    dimension: null,
    name: '',
    maxScore: left > 0 ? left : 1,
    guide: '',
    methods: parent.methods.length ? [...parent.methods] : ['DOCUMENT_REVIEW'],
    children: [],
  };
}
