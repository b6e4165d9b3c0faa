import { escapeHtml } from '../search/full-text.js';

export interface ColumnChart {
  id: string;
  title: string;
  description: string;
  columns: { label: string; value: number }[];
}

const WIDTH = 640;
const HEIGHT = 220;
const AXIS = 28;
const TOP = 16;

/**
 * Vertical bars with their value on top and a label below, rendered as SVG on the server, with a
 * title and a description; the data table beside it is the accessible source of the numbers.
 */
export function columnChart(chart: ColumnChart): string {
  const max = Math.max(1, ...chart.columns.map((column) => column.value));
  const slot = WIDTH / Math.max(1, chart.columns.length);
  const plot = HEIGHT - AXIS - TOP;
  const bars = chart.columns
    .map((column, index) => {
      const height = (plot * column.value) / max;
      const x = index * slot + slot * 0.15;
      const y = TOP + plot - height;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${height.toFixed(1)}" fill="#1a3da5"><title>${escapeHtml(column.label)}: ${column.value}</title></rect><text x="${(x + slot * 0.35).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="#131525">${column.value}</text><text x="${(x + slot * 0.35).toFixed(1)}" y="${HEIGHT - 10}" text-anchor="middle" font-size="11" fill="#131525">${escapeHtml(column.label)}</text>`;
    })
    .join('');
  const axis = `<line x1="0" y1="${TOP + plot}" x2="${WIDTH}" y2="${TOP + plot}" stroke="#5c5f6e" stroke-width="1"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" class="chart"><title id="${chart.id}-title">${escapeHtml(chart.title)}</title><desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>${axis}${bars}</svg>`;
}
