// The parts of ECharts the results page draws with, and nothing else.
import { init as initChart, use } from 'echarts/core';
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, RadarChart, GridComponent, LegendComponent, RadarComponent, TooltipComponent, SVGRenderer]);

export const init = (el: HTMLElement) => initChart(el, undefined, { renderer: 'svg', locale: 'ZH' });
