import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '../common/views/markdown.js';
import { formatDate, formatDateTime } from '../common/views/berlin-time.js';
import { AppConfig } from '../config/app-config.js';
import { imageCredits, toDocumentView } from '../documents/document-view.js';
import { EventDocumentsService } from './event-documents.service.js';
import type { Event } from './entities/event.entity.js';
import type { Registration } from './entities/registration.entity.js';
import { EVENT_FORMATS, type EventFormat, FORMAT_SLUGS } from './event-formats.js';
import { EventsService, type SeatInfo } from './events.service.js';
import { type RegistrationState, registrationState } from './registration-states.js';

const FORMAT_BY_SLUG = new Map(
  Object.entries(FORMAT_SLUGS).map(([format, slug]) => [slug, format as EventFormat]),
);

/** View models of /veranstaltungen and of one event page. */
@Injectable()
export class EventPagesService {
  constructor(
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly eventDocuments: EventDocumentsService,
  ) {}

  async list(formatSlug: unknown) {
    const format = typeof formatSlug === 'string' ? FORMAT_BY_SLUG.get(formatSlug) : undefined;
    const all = await this.events.listPublic(format);
    const now = new Date();
    const upcoming = await this.summariesWithSeats(all.filter((event) => event.endsAt >= now));
    const past = all.filter((event) => event.endsAt < now).reverse();
    const years = [...new Set(past.map((event) => formatDate(event.startsAt).slice(-4)))];
    const workshops = past.filter((event) => event.format === 'committee_workshop');
    return {
      pageTitle: 'Veranstaltungen',
      upcoming,
      pastByYear: years.map((year) => ({
        year,
        events: past
          .filter((event) => formatDate(event.startsAt).endsWith(year))
          .map((event) => this.summary(event)),
      })),
      workshops:
        format && format !== 'committee_workshop'
          ? []
          : workshops.map((event) => this.summary(event)),
      filters: [
        { label: 'Alle', url: '/veranstaltungen', current: !format },
        ...Object.entries(EVENT_FORMATS).map(([key, label]) => ({
          label,
          url: `/veranstaltungen?format=${FORMAT_SLUGS[key as EventFormat]}`,
          current: key === format,
        })),
      ],
      currentFormat: format ? EVENT_FORMATS[format] : null,
    };
  }

  async page(slug: string) {
    return this.pageOf(await this.events.findPublic(slug));
  }

  /** The registration form's page: the event in brief, its seats, and why it is closed if it is. */
  async registrationForm(slug: string) {
    const event = await this.events.findPublic(slug);
    const seats = await this.events.seatInfo(event);
    return {
      pageTitle: `Anmeldung: ${event.title}`,
      breadcrumbs: [
        { title: 'Veranstaltungen', url: '/veranstaltungen' },
        { title: event.title, url: `/veranstaltungen/${event.slug}` },
      ],
      breadcrumbCurrent: 'Anmeldung',
      event: this.summary(event),
      details: event,
      seats,
      closedNote: seats.canRegister ? null : closedNote(event, seats),
      emailHint: `Sie erhalten einen Bestätigungslink. Bitte öffnen Sie ihn innerhalb von ${this.config.REGISTRATION_HOLD_MINUTES} Minuten; ${seats.waitingList ? 'erst dann stehen Sie auf der Warteliste' : 'so lange halten wir Ihren Platz frei'}.`,
    };
  }

  /**
   * The page of any event (a draft too) as it will look, for organizers: with all its documents
   * and without a registration form, which only works once the event is published.
   */
  async preview(id: number) {
    const event = await this.events.findForPreview(id);
    const page = await this.pageOf(event, { preview: true });
    return {
      ...page,
      seats: {
        label:
          event.status === 'draft'
            ? 'Vorschau: Die Anmeldung öffnet erst mit der Veröffentlichung.'
            : page.seats.label,
        canRegister: false,
        waitingList: false,
        free: page.seats.free,
      },
      previewNotice:
        event.status === 'draft'
          ? 'Vorschau – nicht veröffentlicht. Nur Sie und andere Berechtigte sehen diese Seite.'
          : 'Vorschau aus der Verwaltung.',
    };
  }

  private async pageOf(event: Event, { preview = false } = {}) {
    const [seats, documents] = await Promise.all([
      this.events.seatInfo(event),
      this.eventDocuments.list(event.id),
    ]);
    return {
      pageTitle: event.title,
      metaDescription: event.motto ?? undefined,
      breadcrumbs: [{ title: 'Veranstaltungen', url: '/veranstaltungen' }],
      event: this.summary(event),
      details: event,
      seats,
      approaches: event.approaches.map((approach) => ({
        title: approach.title,
        url: `/kek/${approach.subGoal.goal.field.slug}/${approach.slug}`,
      })),
      jsonLd: this.jsonLd(event),
      documents: documents.filter((document) => preview || document.isPublic).map(toDocumentView),
      imageCredits: [...new Set([...imageCredits(documents), ...event.imageCredits])],
      isYouth: event.format === 'youth_forum',
      process: event.process && {
        title: event.process.title,
        url: `/beteiligung/${event.process.slug}`,
      },
    };
  }

  /** Cards of upcoming events, each saying whether seats are free (the past need not). */
  async summariesWithSeats(events: Event[]) {
    return Promise.all(
      events.map(async (event) => {
        const seats = await this.events.seatInfo(event);
        return {
          ...this.summary(event),
          seatLabel: event.status === 'published' ? seats.label : '',
        };
      }),
    );
  }

  /** A registration's own page (the link in every mail): its state, and what can be done. */
  registration(registration: Registration, event: Event, waitingPosition?: number) {
    return this.registrationPage(
      registrationState(registration, event, waitingPosition),
      event,
      registration,
    );
  }

  /** `registration` is left out where the page must not tell whose registration it is. */
  registrationPage(state: RegistrationState, event: Event, registration?: Registration) {
    const token = registration && encodeURIComponent(registration.managementToken);
    return {
      pageTitle: state.heading,
      event: this.summary(event),
      registration,
      state,
      calendarUrl: state.calendar ? `/veranstaltungen/${event.slug}.ics` : null,
      manageUrl: token ? `/veranstaltungen/anmeldung?token=${token}` : null,
      cancelUrl:
        token && state.cancel ? `/veranstaltungen/anmeldung/abmelden?token=${token}` : null,
    };
  }

  summary(event: Event) {
    return {
      slug: event.slug,
      title: event.title,
      motto: event.motto,
      formatLabel: this.events.formatLabel(event),
      committees: event.committees,
      when: event.allDay
        ? sameDay(event)
          ? formatDate(event.startsAt)
          : `${formatDate(event.startsAt)} bis ${formatDate(event.endsAt)}`
        : sameDay(event)
          ? `${formatDateTime(event.startsAt)} bis ${formatDateTime(event.endsAt).split(' um ')[1]}`
          : `${formatDateTime(event.startsAt)} bis ${formatDateTime(event.endsAt)}`,
      startsAt: event.startsAt,
      where: [event.venueName, event.venueAddress].filter(Boolean).join(', '),
      isCancelled: event.status === 'cancelled',
      url: `/veranstaltungen/${event.slug}`,
    };
  }

  /** schema.org Event, for search engines and calendar tools. */
  private jsonLd(event: Event) {
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.title,
      description: event.motto ?? stripMarkdown(renderMarkdown(event.description)),
      startDate: event.startsAt.toISOString(),
      endDate: event.endsAt.toISOString(),
      eventStatus:
        event.status === 'cancelled'
          ? 'https://schema.org/EventCancelled'
          : 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: event.venueName ?? 'wird noch bekannt gegeben',
        address: event.venueAddress ?? event.venueName ?? '',
      },
      organizer: {
        '@type': 'GovernmentOrganization',
        name: this.config.DISTRICT_NAME,
        url: this.config.publicBaseUrl,
      },
      url: `${this.config.publicBaseUrl}/veranstaltungen/${event.slug}`,
    };
  }
}

/** Why the form is not offered, in the words a reader needs. */
function closedNote(event: Event, seats: SeatInfo): string {
  if (event.status === 'cancelled') return 'Die Veranstaltung ist abgesagt.';
  if (!event.registrationEnabled) return 'Für diese Veranstaltung ist keine Anmeldung vorgesehen.';
  if (event.endsAt <= new Date()) return 'Die Veranstaltung hat bereits stattgefunden.';
  if (seats.free === 0) return 'Die Veranstaltung ist ausgebucht.';
  return seats.label;
}

function sameDay(event: Event): boolean {
  return formatDate(event.startsAt) === formatDate(event.endsAt);
}

function stripMarkdown(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}
