export const PRIORITIES = ['high', 'medium', 'low', 'none'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  high: 'hoch',
  medium: 'mittel',
  low: 'niedrig',
  none: 'keine Angabe',
};
/** Points of a priority for the ranking; "keine Angabe" does not count. */
export const PRIORITY_POINTS: Record<Exclude<Priority, 'none'>, number> = {
  high: 3,
  medium: 2,
  low: 1,
};

export const HORIZONS = ['short', 'medium', 'long', 'ongoing'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = {
  short: 'kurzfristig (bis 2020)',
  medium: 'mittelfristig (bis 2025)',
  long: 'langfristig (bis 2030)',
  ongoing: 'Daueraufgabe',
};

export const BODY_KINDS = ['committee', 'administration'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  committee: 'Ausschüsse des Kreistages',
  administration: 'Verwaltung',
};
