export const PRIORITIES = ['high', 'medium', 'low', 'none'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** Points of a priority for the ranking; "keine Angabe" does not count. */
export const PRIORITY_POINTS: Record<Exclude<Priority, 'none'>, number> = {
  high: 3,
  medium: 2,
  low: 1,
};

export const HORIZONS = ['short', 'medium', 'long', 'ongoing'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const BODY_KINDS = ['committee', 'administration'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  committee: 'Ausschüsse des Kreistages',
  administration: 'Verwaltung',
};
