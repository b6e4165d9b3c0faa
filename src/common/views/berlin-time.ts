const TIME_ZONE = 'Europe/Berlin';

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function toDate(value: Date | string): Date {
  // A bare ISO date ("2017-10-12") is a calendar day, not an instant: read it at noon UTC so
  // that it stays the same day in Berlin.
  return value instanceof Date
    ? value
    : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
}

/** Dates are stored in UTC and shown in Europe/Berlin. */
export function formatDate(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

export function formatDateTime(value: Date | string): string {
  return `${dateTimeFormat.format(toDate(value))} Uhr`;
}

export function isoDate(value: Date | string): string {
  return toDate(value).toISOString();
}
