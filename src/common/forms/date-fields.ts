import { ValidateBy, type ValidationArguments } from 'class-validator';

/** Dates the portal deals with: its events, notes and press reach from 2015 into the 2030s. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const INVALID = `Bitte geben Sie ein gültiges Datum zwischen ${FIRST_YEAR} und ${LAST_YEAR} an.`;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** "2026-02-28", a day that exists, between FIRST_YEAR and LAST_YEAR ("2026-02-30" does not). */
function isCalendarDate(value: unknown): boolean {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** "2026-02-28T09:30" as a datetime-local field sends it, on a day that exists. */
function isLocalDateTime(value: unknown): boolean {
  const match =
    typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value) : null;
  return (
    match !== null && isCalendarDate(match[1]) && Number(match[2]) < 24 && Number(match[3]) < 60
  );
}

/** Empty input gets the field's own request, impossible or far-off dates the general one. */
function messageFor(missing: string) {
  return ({ value }: ValidationArguments) =>
    typeof value === 'string' && value.trim() !== '' ? INVALID : missing;
}

export function CalendarDate(missing: string): PropertyDecorator {
  return ValidateBy(
    { name: 'calendarDate', validator: { validate: isCalendarDate } },
    { message: messageFor(missing) },
  );
}

export function LocalDateTime(missing: string): PropertyDecorator {
  return ValidateBy(
    { name: 'localDateTime', validator: { validate: isLocalDateTime } },
    { message: messageFor(missing) },
  );
}
