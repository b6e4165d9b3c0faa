import { HORIZONS, type Horizon, PRIORITIES, type Priority } from './rating-scales.js';

/** The words a round uses for its priorities and time horizons; the keys stay fixed for counting. */
export interface RoundScale {
  priorities: Record<Priority, string>;
  horizons: Record<Horizon, string>;
}

/**
 * Horizons measured from the year a round opens in: short term within two years, medium term within
 * five (the span of a Kreistag's term), long term beyond that. A round in 2026: "bis 2028", "bis
 * 2031", "nach 2031".
 */
export function defaultScale(year: number): RoundScale {
  return {
    priorities: { high: 'hoch', medium: 'mittel', low: 'niedrig', none: 'keine Angabe' },
    horizons: {
      short: `kurzfristig (bis ${year + 2})`,
      medium: `mittelfristig (bis ${year + 5})`,
      long: `langfristig (nach ${year + 5})`,
      ongoing: 'Daueraufgabe',
    },
  };
}

/** The year of an instant in Berlin, which decides a round's default horizons. */
export function berlinYear(instant: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(
      instant,
    ),
  );
}

const capitalised = (key: string) => key[0].toUpperCase() + key.slice(1);

const PRIORITY_FIELDS: Record<Priority, string> = {
  high: 'Höchste Priorität',
  medium: 'Mittlere Priorität',
  low: 'Niedrigste Priorität',
  none: 'Ohne Einschätzung',
};
const HORIZON_FIELDS: Record<Horizon, string> = {
  short: 'Kurzer Zeithorizont',
  medium: 'Mittlerer Zeithorizont',
  long: 'Langer Zeithorizont',
  ongoing: 'Ohne Ende',
};

/** The form fields of the scale: `priorityHigh` … `horizonOngoing`. */
export const SCALE_FIELDS = [
  ...PRIORITIES.map((key) => ({
    group: 'priorities' as const,
    key,
    name: `priority${capitalised(key)}`,
    label: PRIORITY_FIELDS[key],
  })),
  ...HORIZONS.map((key) => ({
    group: 'horizons' as const,
    key,
    name: `horizon${capitalised(key)}`,
    label: HORIZON_FIELDS[key],
  })),
];

export function scaleFormValues(scale: RoundScale): Record<string, string> {
  return Object.fromEntries(
    SCALE_FIELDS.map((field) => [
      field.name,
      (scale[field.group] as Record<string, string>)[field.key],
    ]),
  );
}

/** The scale the form describes; an empty field takes the default for the round's year. */
export function scaleFromForm(form: Record<string, unknown>, year: number): RoundScale {
  const scale = defaultScale(year);
  for (const field of SCALE_FIELDS) {
    const value = form[field.name];
    if (typeof value === 'string' && value.trim())
      (scale[field.group] as Record<string, string>)[field.key] = value.trim();
  }
  return scale;
}

export const sameScale = (left: RoundScale, right: RoundScale) =>
  SCALE_FIELDS.every(
    (field) =>
      (left[field.group] as Record<string, string>)[field.key] ===
      (right[field.group] as Record<string, string>)[field.key],
  );
