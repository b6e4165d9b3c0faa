import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../accounts/entities/user.entity.js';
import { SignedTokenService } from '../common/security/signed-token.service.js';
import { formatDate, formatDateTime } from '../common/views/berlin-time.js';
import { AppConfig } from '../config/app-config.js';
import { CAPACITY_NOTICE_LOCK, withAdvisoryLock } from '../database/advisory-lock.js';
import { JobQueue } from '../database/job-queue.service.js';
import { deliveryIdOf } from '../mail/mail-delivery.js';
import { type RenderedMail, MailRenderer } from '../mail/mail-renderer.js';
import { type MailRequest, MailService } from '../mail/mail.service.js';
import { Event } from './entities/event.entity.js';
import type { Registration } from './entities/registration.entity.js';
import { eventCalendar } from './event-calendar.js';

/** The purpose of the signed registration ids that served as links before management tokens. */
const LEGACY_REGISTRATION_TOKEN = 'registration';

export type RegistrationMail =
  | 'confirm'
  | 'already-registered'
  | 'confirmed'
  | 'pending-approval'
  | 'waiting'
  | 'promoted'
  | 'approved'
  | 'declined'
  | 'reminder'
  | 'cancelled-by-participant';

const SUBJECTS: Record<RegistrationMail, string> = {
  confirm: 'Bitte bestätigen Sie Ihre Anmeldung',
  'already-registered': 'Sie sind bereits angemeldet',
  confirmed: 'Ihre Anmeldung ist bestätigt',
  'pending-approval': 'Ihre Anmeldung ist eingegangen',
  waiting: 'Sie stehen auf der Warteliste',
  promoted: 'Sie sind von der Warteliste nachgerückt',
  approved: 'Ihre Anmeldung ist angenommen',
  declined: 'Ihre Anmeldung konnte nicht berücksichtigt werden',
  reminder: 'Erinnerung: Ihre Veranstaltung ist morgen',
  'cancelled-by-participant': 'Ihre Abmeldung ist eingegangen',
};

export const CAPACITY_NOTICE_JOB = 'events.capacity-notice';

export interface CapacityNotice {
  eventId: number;
  percent: 80 | 100;
  taken: number;
}

/** The mails that tell someone their seat is sure. */
const SEAT_MAILS: RegistrationMail[] = ['confirmed', 'approved', 'promoted', 'reminder'];

/** Mails about events and registrations; each carries the cancellation link, a sure seat the .ics. */
@Injectable()
export class EventNotifications {
  constructor(
    private readonly mail: MailService,
    private readonly renderer: MailRenderer,
    private readonly tokens: SignedTokenService,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  manageUrl(registration: Pick<Registration, 'managementToken'>): string {
    return this.url(`/veranstaltungen/anmeldung?token=${registration.managementToken}`);
  }

  confirmUrl(confirmationToken: string): string {
    return this.url(`/veranstaltungen/anmeldung/bestaetigen?token=${confirmationToken}`);
  }

  /**
   * Mails sent before registrations had their own management token linked the signed id; such
   * links still open (never confirm) the registration.
   */
  legacyRegistrationId(token: string): string | null {
    return this.tokens.verify(LEGACY_REGISTRATION_TOKEN, token);
  }

  /** `confirmationToken`: the secret of a new confirmation link (only known when it is made). */
  async toParticipant(
    manager: EntityManager,
    kind: RegistrationMail,
    event: Event,
    registration: Registration,
    extra: { waitingPosition?: number; confirmationToken?: string; declineReason?: string } = {},
  ): Promise<void> {
    if (!registration.email) return;
    // Only a sure seat goes into the calendar: not a pending confirmation, approval or waiting place.
    const isSeat = SEAT_MAILS.includes(kind);
    await this.mail.send(
      {
        to: registration.email,
        template: 'registration-update',
        subject: `${SUBJECTS[kind]}: ${event.title}`,
        reason: `Sie erhalten diese E-Mail, weil Sie sich zur Veranstaltung „${event.title}“ angemeldet haben.`,
        data: {
          name: registration.name ?? '',
          kind,
          isConfirm: kind === 'confirm',
          isAlreadyRegistered: kind === 'already-registered',
          isWaiting: kind === 'waiting',
          isPending: kind === 'pending-approval',
          isPromoted: kind === 'promoted',
          isDeclined: kind === 'declined',
          declineReason: extra.declineReason ?? '',
          isReminder: kind === 'reminder',
          isCancelled: kind === 'cancelled-by-participant',
          isSeat,
          isWaitingList: registration.status === 'waiting',
          holdMinutes: this.config.REGISTRATION_HOLD_MINUTES,
          waitingPosition: extra.waitingPosition ?? 0,
          confirmUrl: extra.confirmationToken ? this.confirmUrl(extra.confirmationToken) : '',
          confirmBy: registration.holdExpiresAt ? formatDateTime(registration.holdExpiresAt) : '',
          manageUrl: this.manageUrl(registration),
          ...this.eventData(event),
        },
        attachments: isSeat ? [this.calendarAttachment(event)] : undefined,
      },
      manager,
    );
  }

  /** A message to everyone registered: cancellation, new date, or a note from the organizer. */
  async toAllParticipants(
    manager: EntityManager,
    event: Event,
    registrations: Registration[],
    message: { subject: string; text: string },
  ): Promise<number> {
    let sent = 0;
    for (const registration of registrations) {
      if (!registration.email) continue;
      await this.mail.send(this.announcement(event, registration, message), manager);
      sent += 1;
    }
    return sent;
  }

  /** The organizer's message exactly as the given registrant would get it, for the preview. */
  previewAnnouncement(
    event: Event,
    registration: Pick<Registration, 'name' | 'email' | 'status' | 'managementToken'>,
    message: { subject: string; text: string },
  ): RenderedMail {
    return this.renderer.render(this.announcement(event, registration, message));
  }

  private announcement(
    event: Event,
    registration: Pick<Registration, 'name' | 'email' | 'status' | 'managementToken'>,
    message: { subject: string; text: string },
  ): MailRequest {
    const waiting = registration.status === 'waiting';
    return {
      to: registration.email ?? '',
      template: 'event-announcement',
      subject: `${message.subject}: ${event.title}`,
      reason: waiting
        ? `Sie erhalten diese E-Mail, weil Sie auf der Warteliste der Veranstaltung „${event.title}“ stehen.`
        : `Sie erhalten diese E-Mail, weil Sie zur Veranstaltung „${event.title}“ angemeldet sind.`,
      data: {
        // An organizer who opens with "Liebe Teilnehmende," greets already; a second greeting would
        // read "Guten Tag Emil Wendt, Liebe Teilnehmende,".
        greeting: hasOwnSalutation(message.text)
          ? ''
          : `Guten Tag${registration.name ? ` ${registration.name}` : ''},`,
        name: registration.name ?? '',
        message: message.text,
        manageUrl: this.manageUrl(registration),
        isCancelledEvent: event.status === 'cancelled',
        ...this.eventData(event),
      },
      // A calendar entry only for a seat: the waiting list has no place to put in a calendar yet.
      attachments: waiting ? undefined : [this.calendarAttachment(event)],
    };
  }

  /**
   * Tells organizers that an event reached 80 % or 100 % of its capacity, through a job that runs
   * after the registration is committed. Two registrations in quick succession can cross both
   * thresholds before any notice goes out, jobs queued by concurrent transactions carry their
   * transactions' start times, and queued mails are delivered several at a time. So the notice job
   * delivers its mails itself, under a lock per event, and decides when it runs: an 80 % notice
   * whose event has meanwhile reached 100 % is dropped (the 100 % notice says more). "80 %" can
   * therefore never arrive after "100 %" for the same event, also with several instances.
   */
  async capacityNotice(
    manager: EntityManager,
    event: Event,
    percent: 80 | 100,
    taken: number,
  ): Promise<void> {
    const notice: CapacityNotice = { eventId: event.id, percent, taken };
    await this.jobs.send(CAPACITY_NOTICE_JOB, notice, {
      manager,
      // As long as a queued mail: the SMTP server may be away for a while.
      retryLimit: 12,
      retryDelaySeconds: this.config.MAIL_RETRY_DELAY_SECONDS,
      expireInSeconds: 5 * 60,
    });
  }

  /** `jobId`: every attempt of one notice job sends each organizer's mail at most once. */
  async sendCapacityNotice(notice: CapacityNotice, jobId: string): Promise<void> {
    await withAdvisoryLock(this.dataSource, [CAPACITY_NOTICE_LOCK, notice.eventId], async () => {
      const event = await this.dataSource.manager.findOneBy(Event, { id: notice.eventId });
      if (!event) return;
      if (notice.percent === 80 && event.capacityNotice100At) return;
      const organizers = await this.dataSource.manager
        .createQueryBuilder(User, 'user')
        .where(`user.roles && ARRAY['organizer', 'admin']::text[]`)
        .andWhere('user.locked_at IS NULL AND user.email_confirmed_at IS NOT NULL')
        .orderBy('user.id')
        .getMany();
      for (const organizer of organizers) {
        await this.mail.deliverNow(
          {
            to: organizer.email,
            template: 'capacity-notice',
            subject: `${notice.percent} % der Plätze vergeben: ${event.title}`,
            reason:
              'Sie erhalten diese E-Mail, weil Sie im Beteiligungsportal Veranstaltungen betreuen.',
            data: {
              displayName: organizer.displayName,
              percent: notice.percent,
              taken: notice.taken,
              capacity: event.capacity ?? 0,
              listUrl: this.url(`/verwaltung/veranstaltungen/${event.id}/anmeldungen`),
              ...this.eventData(event),
            },
          },
          deliveryIdOf(jobId, organizer.email),
        );
      }
    });
  }

  calendarFile(events: Event[]): string {
    const { hostname } = new URL(this.config.publicBaseUrl);
    return eventCalendar(events, {
      name: this.config.PORTAL_NAME,
      baseUrl: this.config.publicBaseUrl,
      domain: hostname,
    });
  }

  private calendarAttachment(event: Event) {
    return {
      filename: `${event.slug}.ics`,
      content: this.calendarFile([event]),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    };
  }

  private eventData(event: Event) {
    return {
      eventTitle: event.title,
      eventWhen: event.allDay
        ? formatDate(event.startsAt)
        : `${formatDateTime(event.startsAt)} bis ${formatDateTime(event.endsAt)}`,
      eventWhere:
        [event.venueName, event.venueAddress].filter(Boolean).join(', ') ||
        'wird noch bekannt gegeben',
      eventUrl: this.url(`/veranstaltungen/${event.slug}`),
    };
  }

  private url(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }
}

/** A message that opens with a salutation line of its own ("Liebe Teilnehmende,", "Hallo zusammen,"). */
function hasOwnSalutation(text: string): boolean {
  return /^(liebe|lieber|hallo|sehr geehrte|guten (tag|morgen|abend)|moin|servus)\b[^\n]{0,80},?\s*(\n|$)/i.test(
    text.trim(),
  );
}
