// The consultation dashboard's charts (ECharts on demand, registered by utils/charts). Each builder
// turns figures into an option; the page shows the same figures as text and tables beside the charts.
import '@/utils/charts';
import type { ChartOption } from '@/utils/charts';

export type { ChartOption };

/** Element Plus's colours, so that the charts speak the same language as the tags. */
export const COLORS = { primary: '#409eff', success: '#67c23a', warning: '#e6a23c', danger: '#f56c6c', info: '#909399' } as const;

const TEXT = '#303133';
const FONT = { fontSize: 12, color: TEXT };
/** Height in pixels of a horizontal bar chart of `rows` rows (and `legend` when it has one). */
export const barHeight = (rows: number, perRow = 36, legend = false) => Math.max(rows, 1) * perRow + (legend ? 72 : 44);

/** A rate (0–1) as a whole-or-one-decimal percentage for a chart axis or label; '—' when there is none. */
export const pct = (rate: number | null | undefined) => (rate == null ? null : Math.round(rate * 1000) / 10);

interface Bar {
  label: string;
  value: number | null;
  color?: string;
  tip?: string;
}

/**
 * One horizontal bar per row, labels on the left (long ones cut with an ellipsis, whole in the
 * tooltip), the value at the end of each bar.
 */
export function horizontalBars(rows: Bar[], opts: { unit?: string; max?: number; labelWidth?: number } = {}): ChartOption {
  const unit = opts.unit ?? '';
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: any) => `${rows[p.dataIndex]?.tip ?? rows[p.dataIndex]?.label}<br/>${p.value ?? '—'}${p.value == null ? '' : unit}`,
    },
    xAxis: {
      type: 'value',
      max: opts.max,
      minInterval: 1,
      axisLabel: { ...FONT, formatter: `{value}${unit}` },
      splitLine: { lineStyle: { color: '#ebeef5' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { ...FONT, width: opts.labelWidth ?? 200, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: rows.map((r) => ({ value: r.value as number, itemStyle: { color: r.color ?? COLORS.primary } })),
        label: { show: true, position: 'right', ...FONT, formatter: (p: any) => (p.value == null ? '—' : `${p.value}${unit}`) },
      },
    ],
  };
}

/** Two rates side by side for each row (e.g. adoption and reply rate of each topic), in percent. */
export function pairedRates(
  labels: { label: string; tip?: string }[],
  series: { name: string; color: string; values: (number | null)[] }[],
  labelWidth = 200,
): ChartOption {
  return {
    animation: false,
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: FONT },
    grid: { left: 8, right: 64, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (ps: any) => {
        const list = Array.isArray(ps) ? ps : [ps];
        const head = labels[list[0]?.dataIndex]?.tip ?? labels[list[0]?.dataIndex]?.label ?? '';
        return [head, ...list.map((p: any) => `${p.marker}${p.seriesName}：${p.value == null ? '—' : `${p.value}%`}`)].join('<br/>');
      },
    },
    xAxis: { type: 'value', max: 100, axisLabel: { ...FONT, formatter: '{value}%' }, splitLine: { lineStyle: { color: '#ebeef5' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels.map((l) => l.label),
      axisLabel: { ...FONT, width: labelWidth, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: 14,
      barGap: '20%',
      itemStyle: { color: s.color },
      data: s.values as number[],
      label: { show: true, position: 'right', ...FONT, formatter: (p: any) => (p.value == null ? '—' : `${p.value}%`) },
    })),
  };
}

/** Vertical bars (e.g. the four quarters of a year), in percent, with a value above each. */
export function columns(labels: string[], values: (number | null)[], color: string = COLORS.primary): ChartOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: any) => `${p.name}<br/>${p.value == null ? '—' : `${p.value}%`}` },
    xAxis: { type: 'category', data: labels, axisLabel: FONT, axisTick: { show: false } },
    yAxis: { type: 'value', max: 100, axisLabel: { ...FONT, formatter: '{value}%' }, splitLine: { lineStyle: { color: '#ebeef5' } } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color },
        data: values as number[],
        label: { show: true, position: 'top', ...FONT, formatter: (p: any) => (p.value == null ? '—' : `${p.value}%`) },
      },
    ],
  };
}
