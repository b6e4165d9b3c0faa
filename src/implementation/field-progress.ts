import type { FieldOfAction } from '../concept/entities/field-of-action.entity.js';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  type ImplementationStatus,
} from './implementation-status.js';

export interface FieldProgress {
  slug: string;
  numeral: string;
  title: string;
  total: number;
  counts: { status: ImplementationStatus; label: string; count: number }[];
}

/** Per field of the concept's structure, how many approaches are in each state. */
export function fieldProgress(fields: FieldOfAction[]): FieldProgress[] {
  return fields.map((field) => {
    const approaches = field.goals.flatMap((goal) =>
      goal.subGoals.flatMap((sub) => sub.approaches),
    );
    return {
      slug: field.slug,
      numeral: field.numeral,
      title: field.title,
      total: approaches.length,
      counts: IMPLEMENTATION_STATUSES.map((status) => ({
        status,
        label: IMPLEMENTATION_STATUS_LABELS[status],
        count: approaches.filter((approach) => approach.implementationStatus === status).length,
      })),
    };
  });
}
