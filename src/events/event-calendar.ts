import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import type { Event } from './entities/event.entity.js';

const TIME_ZONE = 'Europe/Berlin';

// Central European Time with the EU daylight-saving rules (last Sunday of March / October).
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarOptions {
  name: string;
  baseUrl: string;
  domain: string;
}

/** An iCalendar (RFC 5545) file of events, with times in Europe/Berlin. */
export function eventCalendar(events: Event[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.domain, product: 'kek-portal', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would print DTSTAMP without "Z"); the events name theirs.
    timezone: { name: null, generator: () => BERLIN_VTIMEZONE },
  });
  for (const event of events) {
    calendar.createEvent({
      id: `event-${event.id}@${options.domain}`,
      // Berlin wall-clock times: with TZID the values must be local, not UTC.
      start: event.allDay ? berlinDate(event.startsAt) : `${utcToBerlinLocal(event.startsAt)}:00`,
      end: event.allDay
        ? dayAfter(berlinDate(event.endsAt))
        : `${utcToBerlinLocal(event.endsAt)}:00`,
      allDay: event.allDay,
      timezone: event.allDay ? null : TIME_ZONE,
      summary: event.title,
      description: [event.motto, plainText(event.description)].filter(Boolean).join('\n\n'),
      location: [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
      url: `${options.baseUrl}/veranstaltungen/${event.slug}`,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      lastModified: event.updatedAt,
    });
  }
  return calendar.toString();
}

function berlinDate(instant: Date): string {
  return utcToBerlinLocal(instant).slice(0, 10);
}

/** All-day events end on the next day (DTEND is exclusive). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function plainText(markdown: string): string {
  return markdown.replace(/[*_#>`]/g, '').trim();
}
