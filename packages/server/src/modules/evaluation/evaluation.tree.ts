// The indicator tree's rules, as pure functions: the six dimensions form the first level, every
// level's scores add up to its parent's (the first level to the full score), every leaf names at
// least one method. Used when saving a tree and again when signing it off.
import {
  EVALUATION_DIMENSIONS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_METHODS,
  type EvaluationDimension,
  type EvaluationMethod,
} from '@gongkai/shared';
import type { GuardRefusal } from '../../common/workflow/workflow.js';
import { EvaluationError as E } from './evaluation.errors.js';

export interface TreeNode {
  /** The node's id, or a temporary key from the editor. */
  key: string;
  parentKey: string | null;
  /** First level only; children inherit their dimension. */
  dimension?: EvaluationDimension | null;
  name: string;
  maxScore: number;
  guide?: string | null;
  methods: readonly EvaluationMethod[];
}

export interface PlacedNode extends TreeNode {
  dimension: EvaluationDimension;
  code: string;
  position: number;
  leaf: boolean;
  depth: number;
}

export const MAX_NODES = 600;
const MAX_DEPTH = 6;
/** Scores are kept to two decimals; sums are compared in hundredths. */
const cents = (n: number) => Math.round(n * 100);
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Order the nodes as a tree (children after their parent, in input order) with outline codes; or the refusal. */
export function placeTree(fullScore: number, nodes: readonly TreeNode[]): { placed: PlacedNode[] } | { refusal: GuardRefusal } {
  const refuse = (code: string, message: string): { refusal: GuardRefusal } => ({ refusal: { code, message, field: 'indicators' } });
  if (nodes.length > MAX_NODES) return refuse(E.INDICATOR_INVALID, `指标不得超过${MAX_NODES}项`);
  const byKey = new Map<string, TreeNode>();
  for (const n of nodes) {
    if (byKey.has(n.key)) return refuse(E.INDICATOR_INVALID, '指标标识重复');
    byKey.set(n.key, n);
  }
  const children = new Map<string | null, TreeNode[]>();
  for (const n of nodes) {
    if (n.parentKey !== null && !byKey.has(n.parentKey)) return refuse(E.INDICATOR_INVALID, `指标“${n.name}”的上级指标不存在`);
    if (!children.has(n.parentKey)) children.set(n.parentKey, []);
    children.get(n.parentKey)!.push(n);
  }
  for (const n of nodes) {
    if (!n.name?.trim()) return refuse(E.INDICATOR_INVALID, '指标名称不能为空');
    if (n.name.trim().length > 200) return refuse(E.INDICATOR_INVALID, `指标名称不能超过200字：“${n.name.trim().slice(0, 20)}……”`);
    if ((n.guide?.trim().length ?? 0) > 2000) return refuse(E.INDICATOR_INVALID, `指标“${n.name.trim()}”的评分标准不能超过2000字`);
    if (!Number.isFinite(n.maxScore) || n.maxScore <= 0 || Math.abs(n.maxScore * 100 - cents(n.maxScore)) > 1e-6) {
      return refuse(E.INDICATOR_INVALID, `指标“${n.name}”的分值应为大于0的数（至多两位小数）`);
    }
    if (n.methods.some((m) => !EVALUATION_METHODS.includes(m))) return refuse(E.INDICATOR_INVALID, `指标“${n.name}”的评估方法无效`);
  }
  const top = children.get(null) ?? [];
  const dims = top.map((n) => n.dimension);
  const missing = EVALUATION_DIMENSIONS.filter((d) => !dims.includes(d));
  if (top.length !== EVALUATION_DIMENSIONS.length || missing.length) {
    return refuse(
      E.DIMENSIONS_INCOMPLETE,
      `一级指标应为通知规定的六个方面，各一项${missing.length ? `；缺少：${missing.map((d) => EVALUATION_DIMENSION_LABELS[d]).join('、')}` : ''}`,
    );
  }
  const sum = (list: readonly TreeNode[]) => list.reduce((a, n) => a + cents(n.maxScore), 0);
  if (sum(top) !== cents(fullScore)) {
    return {
      refusal: {
        code: E.WEIGHTS_DO_NOT_ADD_UP,
        message: `一级指标分值合计${fmt(sum(top) / 100)}分，应为满分${fmt(fullScore)}分`,
        field: 'indicators',
      },
    };
  }
  const placed: PlacedNode[] = [];
  const visit = (n: TreeNode, dimension: EvaluationDimension, code: string, depth: number): GuardRefusal | null => {
    if (depth > MAX_DEPTH) return { code: E.INDICATOR_INVALID, message: `指标层级不得超过${MAX_DEPTH}级`, field: 'indicators' };
    const kids = children.get(n.key) ?? [];
    const leaf = kids.length === 0;
    if (leaf && n.methods.length === 0) return { code: E.METHOD_REQUIRED, message: `末级指标“${n.name}”应至少选择一种评估方法`, field: 'indicators' };
    placed.push({ ...n, name: n.name.trim(), guide: n.guide?.trim() || null, dimension, code, position: placed.length, leaf, depth });
    if (!leaf && sum(kids) !== cents(n.maxScore)) {
      return {
        code: E.WEIGHTS_DO_NOT_ADD_UP,
        message: `“${n.name}”下级指标分值合计${fmt(sum(kids) / 100)}分，应为${fmt(n.maxScore)}分`,
        field: 'indicators',
      };
    }
    for (const [i, k] of kids.entries()) {
      const refusal = visit(k, dimension, `${code}.${i + 1}`, depth + 1);
      if (refusal) return refusal;
    }
    return null;
  };
  const ordered = [...top].sort((a, b) => EVALUATION_DIMENSIONS.indexOf(a.dimension!) - EVALUATION_DIMENSIONS.indexOf(b.dimension!));
  for (const [i, n] of ordered.entries()) {
    const refusal = visit(n, n.dimension!, String(i + 1), 1);
    if (refusal) return { refusal };
  }
  // a node never reached from the first level sits in a cycle
  if (placed.length !== nodes.length) return refuse(E.INDICATOR_INVALID, '指标层级关系有误（存在循环）');
  return { placed };
}

export function treeRefusal(fullScore: number, nodes: readonly TreeNode[]): GuardRefusal | null {
  const r = placeTree(fullScore, nodes);
  return 'refusal' in r ? r.refusal : null;
}
