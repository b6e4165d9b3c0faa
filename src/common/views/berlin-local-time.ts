const TIME_ZONE = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-07-01T09:00" as Berlin wall-clock time → the UTC instant; null when not a valid time. */
export function berlinLocalToUtc(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Berlin is UTC+1 or UTC+2: try both offsets and keep the one that shows the same wall clock.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (utcToBerlinLocal(candidate) === local) return candidate;
  }
  return null;
}

/** The instant as Berlin wall-clock time for a datetime-local field. */
export function utcToBerlinLocal(instant: Date): string {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${values.year}-${values.month}-${values.day}T${values.hour}:${values.minute}`;
}
