import { i18n } from '@/i18n';

/** How a parameter's value (JSON text) is edited: a number, a text, numbers per key, or raw JSON. */
export type ValueShape = { kind: 'number' } | { kind: 'string' } | { kind: 'numbers'; keys: string[] } | { kind: 'json' };

export function parseValue(text: string | null | undefined): unknown {
  if (text == null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function shapeOf(text: string | null | undefined): ValueShape {
  const value = parseValue(text);
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'string') return { kind: 'string' };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 0 && entries.every(([, v]) => typeof v === 'number')) return { kind: 'numbers', keys: entries.map(([k]) => k) };
  }
  return { kind: 'json' };
}

export function keyLabel(key: string): string {
  const path = `valueKey.${key}`;
  return i18n.global.te(path) ? i18n.global.t(path) : key;
}

/** A value for reading: '15 日', '举报 15 · 投诉 15', '12-31'. */
export function formatValue(text: string | null | undefined, unit: string, notSet = '未设定'): string {
  const value = parseValue(text);
  if (value === undefined) return '';
  if (value === null) return notSet;
  const withUnit = (v: unknown) =>
    typeof v === 'boolean' ? i18n.global.t(v ? 'parameters.yes' : 'parameters.no') : typeof v === 'number' && unit ? `${v} ${unit}` : String(v);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return withUnit(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${keyLabel(k)} ${withUnit(v)}`)
      .join(' · ');
  }
  return JSON.stringify(value);
}
