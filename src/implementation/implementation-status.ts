export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'preparing',
  'in_progress',
  'done',
  'ongoing',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  not_started: 'nicht begonnen',
  preparing: 'in Vorbereitung',
  in_progress: 'in Umsetzung',
  done: 'umgesetzt',
  ongoing: 'Daueraufgabe',
};

/** The value of `/kek?stand=…`. */
export const IMPLEMENTATION_STATUS_PARAMS: Record<ImplementationStatus, string> = {
  not_started: 'nicht-begonnen',
  preparing: 'in-vorbereitung',
  in_progress: 'in-umsetzung',
  done: 'umgesetzt',
  ongoing: 'daueraufgabe',
};

export function statusFromParam(param: unknown): ImplementationStatus | null {
  return (
    IMPLEMENTATION_STATUSES.find((status) => IMPLEMENTATION_STATUS_PARAMS[status] === param) ?? null
  );
}
