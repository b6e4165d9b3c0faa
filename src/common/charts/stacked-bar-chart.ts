import { escapeHtml } from '../search/full-text.js';

export interface ChartSeries {
  label: string;
  color: string;
}

export interface ChartRow {
  /** Short label left of the bar, e.g. a rank or a field's numeral. */
  label: string;
  /** The bar's tooltip name, e.g. the approach's title. */
  name: string;
  /** One value per series. */
  values: number[];
}

export interface StackedBarChart {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  rows: ChartRow[];
}

const WIDTH = 640;
const ROW = 22;
const LEGEND_SPACING = 150;

/**
 * Horizontal bars of 100 %, one per row, split into the series' shares; rendered as SVG on the
 * server, with a title, a description and a legend. The data table beside it is the accessible
 * source of the numbers.
 */
export function stackedBarChart(chart: StackedBarChart): string {
  const labelWidth = Math.max(32, ...chart.rows.map((row) => row.label.length * 8 + 12));
  const barWidth = WIDTH - labelWidth - 8;
  const legendY = chart.rows.length * ROW + 16;
  const legendRows = Math.ceil((chart.series.length * LEGEND_SPACING) / barWidth);
  const height = legendY + legendRows * 22 + 4;
  const bars = chart.rows
    .map((row, index) => {
      const total = row.values.reduce((sum, value) => sum + value, 0) || 1;
      const y = index * ROW + 4;
      let x = labelWidth;
      const segments = chart.series
        .map((series, position) => {
          const width = (barWidth * (row.values[position] ?? 0)) / total;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 6}" fill="${series.color}" stroke="#ffffff" stroke-width="1"><title>${escapeHtml(row.name)}: ${escapeHtml(series.label)} ${row.values[position] ?? 0}</title></rect>`;
          x += width;
          return rect;
        })
        .join('');
      return `<text x="${labelWidth - 8}" y="${y + ROW - 10}" text-anchor="end" font-size="12" fill="#131525">${escapeHtml(row.label)}</text>${segments}`;
    })
    .join('');
  const perLine = Math.max(1, Math.floor(barWidth / LEGEND_SPACING));
  const legend = chart.series
    .map((series, index) => {
      const x = labelWidth + (index % perLine) * LEGEND_SPACING;
      const y = legendY + Math.floor(index / perLine) * 22;
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${series.color}"/><text x="${x + 20}" y="${y + 12}" font-size="12" fill="#131525">${escapeHtml(series.label)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" class="chart"><title id="${chart.id}-title">${escapeHtml(chart.title)}</title><desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>${bars}${legend}</svg>`;
}
