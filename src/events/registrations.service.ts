import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { formatDateTime } from '../common/views/berlin-time.js';
import { AppConfig } from '../config/app-config.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventNotifications } from './event-notifications.service.js';
import { confirmationTokenHash, newRegistrationToken } from './registration-tokens.js';

export interface RegistrationInput {
  name?: string;
  email?: string;
  organization?: string;
  dietaryNeeds?: string;
  freeAnswer?: string;
  accessibilityNeeds?: string;
  accessibilityConsent?: boolean;
  photoConsent?: boolean;
  participantListConsent?: boolean;
}

export type RegistrationOutcome = 'check-mail' | 'seat' | 'pending-approval' | 'waiting';
/** Where a confirmed registration stands. */
export type ConfirmedOutcome = Exclude<RegistrationOutcome, 'check-mail'>;

export interface RegistrationResult {
  registration: Registration;
  outcome: RegistrationOutcome;
  waitingPosition?: number;
  /** The event had no free seat: the answer is about the waiting list. */
  waitingList: boolean;
  /** A signed-in person who was registered before: nothing new was made. */
  alreadyRegistered?: boolean;
}

export class RegistrationNotFoundError extends DomainError {
  constructor() {
    super(
      'registration_not_found',
      404,
      'Diese Anmeldung gibt es nicht (mehr). Bitte prüfen Sie den Link.',
    );
  }
}

export class ConfirmationLinkInvalidError extends DomainError {
  constructor() {
    super(
      'confirmation_link_invalid',
      404,
      'Dieser Bestätigungslink ist ungültig oder wurde schon verwendet. Haben Sie Ihre Anmeldung bereits bestätigt, finden Sie den Link zum Verwalten in unserer E-Mail.',
    );
  }
}

// Seats are held by confirmed registrations and by unconfirmed ones whose hold has not run out.
const HELD_SEATS = `SELECT count(*)::int AS held FROM registration
  WHERE event_id = $1 AND status = 'seat' AND (email_confirmed_at IS NOT NULL OR hold_expires_at > now())`;

/** Registration with double opt-in, seat holds, a waiting list in order of arrival, and approval. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: EventNotifications,
    private readonly audit: AuditLogService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Takes a seat or a place on the waiting list inside a transaction that locks the event, so
   * capacity holds under any number of parallel requests.
   */
  async register(
    eventId: number,
    input: RegistrationInput,
    user?: SessionUser,
  ): Promise<RegistrationResult> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockEvent(manager, eventId);
      this.assertOpen(event);
      await this.expireHolds(manager, event);
      const email = (user?.email ?? input.email ?? '').toLowerCase();
      const free = await this.freeSeats(manager, event);
      if (free === 0 && !event.waitingListEnabled) {
        throw new FormValidationError({ form: 'Die Veranstaltung ist leider ausgebucht.' });
      }
      const existing = await manager.findOne(Registration, {
        where: { event: { id: event.id }, email, status: In(['seat', 'waiting']) },
        relations: { event: true },
      });
      const waitingList = free === 0;
      if (existing) {
        return { ...(await this.registeredAlready(manager, event, existing, user)), waitingList };
      }
      const now = new Date();
      const confirmed = Boolean(user);
      const confirmationToken = confirmed ? undefined : newRegistrationToken();
      const registration = await manager.save(
        manager.create(Registration, {
          event: { id: event.id },
          user: user ? { id: user.id } : null,
          name: user?.displayName ?? input.name?.trim() ?? null,
          email,
          organization: event.askOrganization ? input.organization?.trim() || null : null,
          dietaryNeeds: event.askDietaryNeeds ? input.dietaryNeeds?.trim() || null : null,
          freeAnswer: event.freeQuestion ? input.freeAnswer?.trim() || null : null,
          accessibilityNeeds:
            event.askAccessibilityNeeds && input.accessibilityConsent
              ? input.accessibilityNeeds?.trim() || null
              : null,
          accessibilityConsentAt:
            event.askAccessibilityNeeds && input.accessibilityConsent ? now : null,
          photoConsent: Boolean(input.photoConsent),
          participantListConsent: Boolean(input.participantListConsent),
          status: waitingList ? 'waiting' : 'seat',
          emailConfirmedAt: confirmed ? now : null,
          holdExpiresAt: confirmed
            ? null
            : new Date(now.getTime() + this.config.REGISTRATION_HOLD_MINUTES * 60_000),
          managementToken: newRegistrationToken(),
          confirmationTokenHash: confirmationToken
            ? confirmationTokenHash(confirmationToken)
            : null,
        }),
      );
      if (confirmationToken) {
        await this.notifications.toParticipant(manager, 'confirm', event, registration, {
          confirmationToken,
        });
        return { registration, outcome: 'check-mail' as const, waitingList };
      }
      return { ...(await this.announce(manager, event, registration)), waitingList };
    });
  }

  /**
   * The registration behind the link in the first mail, read only: opening the link (a person, or a
   * mail scanner that opens every link) shows what the button will confirm.
   */
  async pendingConfirmation(token: string) {
    const registration = token
      ? await this.dataSource.manager.findOne(Registration, {
          where: { confirmationTokenHash: confirmationTokenHash(token) },
          relations: { event: true },
        })
      : null;
    if (!registration) throw new ConfirmationLinkInvalidError();
    const holdRanOut = registration.holdExpiresAt && registration.holdExpiresAt <= new Date();
    if (!registration.emailConfirmedAt && holdRanOut) registration.status = 'expired';
    assertConfirmable(registration);
    return { registration, event: registration.event };
  }

  /**
   * The button behind the link in the first mail confirms the address; the seat (or waiting place)
   * then counts. It works once, and only while the hold runs.
   */
  async confirm(token: string): Promise<Registration> {
    return this.dataSource.transaction(async (manager) => {
      const found = token
        ? await manager.findOne(Registration, {
            where: { confirmationTokenHash: confirmationTokenHash(token) },
            relations: { event: true },
          })
        : null;
      if (!found) throw new ConfirmationLinkInvalidError();
      const { id } = found;
      const event = await this.lockEvent(manager, found.event.id);
      await this.expireHolds(manager, event);
      const registration = await this.find(manager, id);
      assertConfirmable(registration);
      // Sent again (a second click, a second tab): show the state, confirm nothing twice.
      if (registration.emailConfirmedAt) return registration;
      await manager.update(
        Registration,
        { id },
        { emailConfirmedAt: new Date(), holdExpiresAt: null },
      );
      await this.announce(manager, event, await this.find(manager, id));
      await this.promote(manager, event);
      return registration;
    });
  }

  /** The registration behind a manage link, with its event and waiting position. */
  async findByToken(token: string) {
    const registration = await this.findByManagementToken(this.dataSource.manager, token);
    // A hold that ran out counts as expired even before the job has written that down.
    const holdRanOut = registration.holdExpiresAt && registration.holdExpiresAt <= new Date();
    if (!registration.emailConfirmedAt && holdRanOut) registration.status = 'expired';
    const waitingPosition =
      registration.status === 'waiting'
        ? await this.waitingPosition(this.dataSource.manager, registration)
        : undefined;
    return { registration, event: registration.event, waitingPosition };
  }

  /** The signed-in person's registration for the event while it holds a seat or waiting place. */
  async activeFor(eventId: number, user: SessionUser) {
    const registration = await this.dataSource.getRepository(Registration).findOne({
      where: {
        event: { id: eventId },
        email: user.email.toLowerCase(),
        status: In(['seat', 'waiting']),
      },
    });
    return registration && this.findByToken(registration.managementToken);
  }

  /** Cancellation by the participant; the first on the waiting list moves up and is told. */
  async cancelByToken(token: string): Promise<Registration> {
    return this.dataSource.transaction(async (manager) => {
      const { id, event: found } = await this.findByManagementToken(manager, token);
      const event = await this.lockEvent(manager, found.id);
      const registration = await this.find(manager, id);
      if (registration.status !== 'seat' && registration.status !== 'waiting') return registration;
      await manager.update(Registration, { id }, { status: 'cancelled', cancelledAt: new Date() });
      await this.notifications.toParticipant(
        manager,
        'cancelled-by-participant',
        event,
        registration,
      );
      await this.promote(manager, event);
      return registration;
    });
  }

  /** A registration for this event, for the organizer's pages; one of another event is not found. */
  findForEvent(eventId: number, registrationId: string): Promise<Registration> {
    return this.findInEvent(this.dataSource.manager, eventId, registrationId);
  }

  async approve(actor: SessionUser, eventId: number, registrationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.findInEvent(manager, eventId, registrationId);
      if (registration.status !== 'seat' || registration.approvedAt) return;
      await manager.update(Registration, { id: registrationId }, { approvedAt: new Date() });
      await this.notifications.toParticipant(manager, 'approved', registration.event, registration);
      await this.recordDecision(manager, actor, registration, 'approved');
    });
  }

  /** `reason`, when given, is quoted in the mail to the person. */
  async decline(
    actor: SessionUser,
    eventId: number,
    registrationId: string,
    reason?: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockEvent(manager, eventId);
      const registration = await this.findInEvent(manager, eventId, registrationId);
      if (registration.status !== 'seat' && registration.status !== 'waiting') return;
      await manager.update(Registration, { id: registrationId }, { status: 'declined' });
      await this.notifications.toParticipant(manager, 'declined', event, registration, {
        declineReason: reason,
      });
      await this.recordDecision(manager, actor, registration, 'declined');
      await this.promote(manager, event);
    });
  }

  /** Runs every few minutes: unconfirmed holds that ran out free their seats for the waiting list. */
  async expireAllHolds(): Promise<number> {
    const events = await this.dataSource.query<{ event_id: number }[]>(
      `SELECT DISTINCT event_id FROM registration
       WHERE status IN ('seat', 'waiting') AND email_confirmed_at IS NULL AND hold_expires_at <= now()`,
    );
    for (const { event_id: eventId } of events) {
      await this.dataSource.transaction(async (manager) => {
        const event = await this.lockEvent(manager, eventId);
        await this.expireHolds(manager, event);
        await this.promote(manager, event);
      });
    }
    return events.length;
  }

  /** Free seats right now; null for unlimited capacity. */
  async freeSeats(manager: EntityManager, event: Event): Promise<number | null> {
    if (event.capacity === null) return null;
    const [{ held }] = await manager.query<{ held: number }[]>(HELD_SEATS, [event.id]);
    return Math.max(0, event.capacity - held);
  }

  /** Moves confirmed people from the waiting list into free seats, in order of arrival. */
  async promote(manager: EntityManager, event: Event): Promise<void> {
    let free = await this.freeSeats(manager, event);
    while (free === null || free > 0) {
      const [next] = await manager.query<{ id: string }[]>(
        `SELECT id FROM registration WHERE event_id = $1 AND status = 'waiting' AND email_confirmed_at IS NOT NULL
         ORDER BY sequence LIMIT 1 FOR UPDATE`,
        [event.id],
      );
      if (!next) break;
      await manager.update(Registration, { id: next.id }, { status: 'seat' });
      const promoted = await this.find(manager, next.id);
      await this.notifications.toParticipant(manager, 'promoted', event, promoted);
      free = free === null ? null : free - 1;
    }
    await this.capacityNotices(manager, event);
  }

  /**
   * A second registration with the same address gets the answer of a first one, so the form does
   * not tell who is registered; only the mail to that address says so, with the registration's
   * link (and a new confirmation link while it is unconfirmed). Signed-in people are shown the
   * registration they have.
   */
  private async registeredAlready(
    manager: EntityManager,
    event: Event,
    existing: Registration,
    user: SessionUser | undefined,
  ) {
    if (user) {
      return {
        registration: existing,
        ...(await this.outcomeOf(manager, event, existing)),
        alreadyRegistered: true,
      };
    }
    const confirmationToken = existing.emailConfirmedAt ? undefined : newRegistrationToken();
    if (confirmationToken) {
      await manager.update(
        Registration,
        { id: existing.id },
        { confirmationTokenHash: confirmationTokenHash(confirmationToken) },
      );
    }
    await this.notifications.toParticipant(manager, 'already-registered', event, existing, {
      confirmationToken,
    });
    return { registration: existing, outcome: 'check-mail' as const };
  }

  private async announce(manager: EntityManager, event: Event, registration: Registration) {
    const { outcome, waitingPosition } = await this.outcomeOf(manager, event, registration);
    const mail =
      outcome === 'waiting'
        ? 'waiting'
        : outcome === 'pending-approval'
          ? 'pending-approval'
          : 'confirmed';
    await this.notifications.toParticipant(manager, mail, event, registration, { waitingPosition });
    await this.capacityNotices(manager, event);
    return { registration, outcome, waitingPosition };
  }

  private async outcomeOf(
    manager: EntityManager,
    event: Event,
    registration: Registration,
  ): Promise<{ outcome: ConfirmedOutcome; waitingPosition?: number }> {
    if (registration.status === 'waiting') {
      return {
        outcome: 'waiting',
        waitingPosition: await this.waitingPosition(manager, registration),
      };
    }
    return {
      outcome: event.approvalRequired && !registration.approvedAt ? 'pending-approval' : 'seat',
    };
  }

  private async waitingPosition(
    manager: EntityManager,
    registration: Registration,
  ): Promise<number> {
    const [{ position }] = await manager.query<{ position: number }[]>(
      `SELECT count(*)::int AS position FROM registration
       WHERE event_id = $1 AND status = 'waiting' AND sequence <= $2`,
      [registration.event.id, registration.sequence],
    );
    return position;
  }

  private async capacityNotices(manager: EntityManager, event: Event): Promise<void> {
    if (!event.capacity) return;
    const [{ held }] = await manager.query<{ held: number }[]>(HELD_SEATS, [event.id]);
    const share = held / event.capacity;
    if (share >= 1 && !event.capacityNotice100At) {
      await this.notifications.capacityNotice(manager, event, 100, held);
      await manager.update(
        Event,
        { id: event.id },
        {
          capacityNotice100At: new Date(),
          capacityNotice80At: event.capacityNotice80At ?? new Date(),
        },
      );
      event.capacityNotice100At = new Date();
    } else if (share >= 0.8 && !event.capacityNotice80At) {
      await this.notifications.capacityNotice(manager, event, 80, held);
      await manager.update(Event, { id: event.id }, { capacityNotice80At: new Date() });
      event.capacityNotice80At = new Date();
    }
  }

  private async expireHolds(manager: EntityManager, event: Event): Promise<void> {
    await manager.query(
      `UPDATE registration SET status = 'expired'
       WHERE event_id = $1 AND status IN ('seat', 'waiting') AND email_confirmed_at IS NULL AND hold_expires_at <= now()`,
      [event.id],
    );
  }

  private assertOpen(event: Event): void {
    const now = new Date();
    const closesAt = event.registrationClosesAt ?? event.startsAt;
    if (event.status !== 'published' || !event.registrationEnabled) {
      throw new FormValidationError({
        form: 'Für diese Veranstaltung ist keine Anmeldung möglich.',
      });
    }
    if (event.registrationOpensAt && event.registrationOpensAt > now) {
      throw new FormValidationError({
        form: `Die Anmeldung beginnt am ${formatDateTime(event.registrationOpensAt)}.`,
      });
    }
    if (closesAt <= now) {
      throw new FormValidationError({ form: 'Die Anmeldung ist geschlossen.' });
    }
  }

  private async lockEvent(manager: EntityManager, eventId: number): Promise<Event> {
    const event = await manager.findOne(Event, {
      where: { id: eventId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!event) throw new RegistrationNotFoundError();
    return event;
  }

  private async findInEvent(
    manager: EntityManager,
    eventId: number,
    id: string,
  ): Promise<Registration> {
    const registration = await manager.findOne(Registration, {
      where: { id, event: { id: eventId } },
      relations: { event: true },
    });
    if (!registration) throw new RegistrationNotFoundError();
    return registration;
  }

  /** The audit entry names the registration only by id: its personal data is erased later. */
  private recordDecision(
    manager: EntityManager,
    actor: SessionUser,
    registration: Registration,
    decision: 'approved' | 'declined',
  ): Promise<void> {
    return this.audit.record(
      actor,
      {
        action: `event.registration_${decision}`,
        summary: decision === 'approved' ? 'Anmeldung angenommen' : 'Anmeldung abgelehnt',
        subjectType: 'event',
        subjectId: String(registration.event.id),
        subjectLabel: registration.event.title,
        details: { registrationId: registration.id },
      },
      manager,
    );
  }

  private async findByManagementToken(
    manager: EntityManager,
    token: string,
  ): Promise<Registration> {
    const legacyId = this.notifications.legacyRegistrationId(token);
    const registration = token
      ? await manager.findOne(Registration, {
          where: legacyId ? { id: legacyId } : { managementToken: token },
          relations: { event: true },
        })
      : null;
    if (!registration) throw new RegistrationNotFoundError();
    return registration;
  }

  private async find(manager: EntityManager, id: string): Promise<Registration> {
    const registration = await manager.findOne(Registration, {
      where: { id },
      relations: { event: true },
    });
    if (!registration) throw new RegistrationNotFoundError();
    return registration;
  }
}

/** Only a registration that still holds its seat or waiting place can be confirmed. */
function assertConfirmable(registration: Registration): void {
  if (registration.status === 'expired') {
    throw new DomainError(
      'registration_expired',
      410,
      'Die Zeit zum Bestätigen ist abgelaufen und der Platz wurde wieder freigegeben. Bitte melden Sie sich erneut an.',
    );
  }
  if (registration.status !== 'seat' && registration.status !== 'waiting') {
    throw new DomainError('registration_closed', 410, 'Diese Anmeldung ist nicht mehr aktiv.');
  }
}
