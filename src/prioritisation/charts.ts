import { stackedBarChart } from '../common/charts/stacked-bar-chart.js';
import { PRIORITIES, type Priority } from './rating-scales.js';
import type { ApproachResult } from './results.js';

// Dark to light blue, told apart by the white gaps and the legend; the table beside has the numbers.
const COLORS: Record<Priority, string> = {
  high: '#1a3da5',
  medium: '#4f74c9',
  low: '#9fb4e3',
  none: '#d0d3dc',
};

/** A stacked bar per ranked approach (in the order given) with the share of each priority. */
export function priorityChart(
  results: ApproachResult[],
  labels: Record<Priority, string>,
  id: string,
  title: string,
): string {
  return stackedBarChart({
    id,
    title,
    description: `Gestapelte Balken je Handlungsansatz in der Reihenfolge des Rangs: Anteile der Bewertungen ${labels.high}, ${labels.medium}, ${labels.low} und ${labels.none}. Die Zahlen stehen in der Tabelle daneben.`,
    series: PRIORITIES.map((key) => ({ label: labels[key], color: COLORS[key] })),
    rows: results
      .filter((result) => result.rank !== null)
      .map((result) => ({
        label: `${result.rank}.`,
        name: result.title,
        values: PRIORITIES.map((key) => result.all.priorities[key]),
      })),
  });
}
