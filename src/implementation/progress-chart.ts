import { stackedBarChart } from '../common/charts/stacked-bar-chart.js';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  type ImplementationStatus,
} from './implementation-status.js';
import type { FieldProgress } from './field-progress.js';

// From grey (not started) through blue to green (done); the legend and the table name them.
const COLORS: Record<ImplementationStatus, string> = {
  not_started: '#d0d3dc',
  preparing: '#9fb4e3',
  in_progress: '#1a3da5',
  done: '#1d7a3e',
  ongoing: '#6b4fa0',
};

/** One bar per field with the share of approaches in each state. */
export function progressChart(fields: FieldProgress[]): string {
  return stackedBarChart({
    id: 'diagramm-umsetzung',
    title: 'Stand der Umsetzung je Handlungsfeld',
    description:
      'Gestapelte Balken je Handlungsfeld: Anteile der Handlungsansätze, die nicht begonnen, in Vorbereitung, in Umsetzung, umgesetzt oder Daueraufgabe sind. Die Zahlen stehen in der Tabelle daneben.',
    series: IMPLEMENTATION_STATUSES.map((status) => ({
      label: IMPLEMENTATION_STATUS_LABELS[status],
      color: COLORS[status],
    })),
    rows: fields.map((field) => ({
      label: field.numeral,
      name: field.title,
      values: field.counts.map((entry) => entry.count),
    })),
  });
}
