import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { shortSlug } from '../common/text/slugify.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { Approach } from '../concept/entities/approach.entity.js';
import { FieldOfAction } from '../concept/entities/field-of-action.entity.js';
import type { EventFormDto, MessageDto } from './dto/event-form.dto.js';
import { EventMessage, type MessageRecipientGroup } from './entities/event-message.entity.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventNotFoundError } from './events.service.js';
import { EventDocumentsService } from './event-documents.service.js';
import { EventNotifications } from './event-notifications.service.js';
import { ProcessNotFoundError, ProcessesService } from '../participation/processes.service.js';

const ACTIVE = In(['seat', 'waiting'] as const);

/** The recipient groups as the organizer's pages and the audit log name them. */
export const RECIPIENT_GROUP_LABELS: Record<MessageRecipientGroup, string> = {
  seat: 'Angemeldete mit Platz',
  waiting: 'Personen auf der Warteliste',
  all: 'Angemeldete und Personen auf der Warteliste',
};

export class NoRecipientsError extends FormValidationError {
  constructor() {
    super({
      recipients:
        'In dieser Gruppe ist niemand mit bestätigter E-Mail-Adresse. Bitte wählen Sie eine andere Gruppe.',
    });
  }
}

/** What organizers do with events: create, edit, publish, move, cancel, and write to everyone. */
@Injectable()
export class EventsAdminService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    private readonly dataSource: DataSource,
    private readonly notifications: EventNotifications,
    private readonly audit: AuditLogService,
    private readonly eventDocuments: EventDocumentsService,
    private readonly processes: ProcessesService,
  ) {}

  list(): Promise<Event[]> {
    return this.events.find({ order: { startsAt: 'DESC' } });
  }

  async find(id: number): Promise<Event> {
    const event = await this.events.findOne({
      where: { id },
      relations: { fields: true, approaches: true, process: true },
    });
    if (!event) throw new EventNotFoundError();
    return event;
  }

  /** Form values of an event (times as Berlin wall-clock time, lists one per line). */
  formValues(event: Event) {
    return {
      ...event,
      startsAt: utcToBerlinLocal(event.startsAt),
      endsAt: utcToBerlinLocal(event.endsAt),
      registrationOpensAt: event.registrationOpensAt
        ? utcToBerlinLocal(event.registrationOpensAt)
        : '',
      registrationClosesAt: event.registrationClosesAt
        ? utcToBerlinLocal(event.registrationClosesAt)
        : '',
      committees: event.committees.join('\n'),
      pressReferences: event.pressReferences.join('\n'),
      fieldSlugs: event.fields?.map((field) => field.slug) ?? [],
      approachIds: event.approaches?.map((approach) => approach.id) ?? [],
      processId: event.process?.id ?? '',
      registrationEnabled: event.registrationEnabled ? 'ja' : '',
      waitingListEnabled: event.waitingListEnabled ? 'ja' : '',
      approvalRequired: event.approvalRequired ? 'ja' : '',
      askOrganization: event.askOrganization ? 'ja' : '',
      askAccessibilityNeeds: event.askAccessibilityNeeds ? 'ja' : '',
      askDietaryNeeds: event.askDietaryNeeds ? 'ja' : '',
    };
  }

  /** Creates (no id) or updates an event; a published event that moves tells its registrants. */
  async save(actor: SessionUser, form: EventFormDto, id?: number): Promise<Event> {
    const times = this.times(form);
    const process = form.processId
      ? await this.processes.find(form.processId).catch((error: unknown) => {
          if (!(error instanceof ProcessNotFoundError)) throw error;
          throw new FormValidationError({
            processId: 'Dieses Beteiligungsverfahren gibt es nicht.',
          });
        })
      : null;
    return this.dataSource.transaction(async (manager) => {
      const existing = id
        ? await manager.findOne(Event, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (id && !existing) throw new EventNotFoundError();
      const fields = form.fieldSlugs.length
        ? await manager.findBy(FieldOfAction, { slug: In(form.fieldSlugs) })
        : [];
      const approaches = form.approachIds.length
        ? await manager.findBy(Approach, { id: In(form.approachIds) })
        : [];
      const values: Partial<Event> = {
        title: form.title,
        motto: form.motto ?? null,
        format: form.format,
        formatNumber: form.formatNumber ?? null,
        committees: lines(form.committees),
        ...times,
        venueName: form.venueName ?? null,
        venueAddress: form.venueAddress ?? null,
        accessibilityNotes: form.accessibilityNotes ?? null,
        description: form.description,
        report: form.report ?? null,
        outcomes: form.outcomes ?? null,
        pressReferences: lines(form.pressReferences),
        contactName: form.contactName ?? null,
        contactEmail: form.contactEmail ?? null,
        contactPhone: form.contactPhone ?? null,
        registrationEnabled: form.registrationEnabled,
        capacity: form.capacity ?? null,
        waitingListEnabled: form.waitingListEnabled,
        approvalRequired: form.approvalRequired,
        askOrganization: form.askOrganization,
        askAccessibilityNeeds: form.askAccessibilityNeeds,
        askDietaryNeeds: form.askDietaryNeeds,
        freeQuestion: form.freeQuestion ?? null,
        fields,
        approaches,
        process,
      };
      // Compared before the merge below overwrites the old times.
      const moved =
        existing?.status === 'published' &&
        (existing.startsAt.getTime() !== times.startsAt.getTime() ||
          existing.endsAt.getTime() !== times.endsAt.getTime());
      // A draft's address follows its title and date: nobody outside has seen it yet.
      const slug =
        existing && existing.status !== 'draft'
          ? existing.slug
          : await this.uniqueSlug(form.title, times.startsAt, existing?.id);
      const event = existing
        ? Object.assign(existing, values, { slug })
        : manager.create(Event, { ...values, slug });
      const saved = await manager.save(Event, event);
      if (moved) {
        await this.notifications.toAllParticipants(
          manager,
          saved,
          await this.active(manager, saved.id),
          {
            subject: 'Neuer Termin',
            text: 'die Veranstaltung, zu der Sie angemeldet sind, findet zu einem neuen Termin statt. Ihre Anmeldung bleibt bestehen; wenn Sie am neuen Termin nicht können, melden Sie sich bitte über den Link unten ab.',
          },
        );
      }
      await this.audit.record(
        actor,
        {
          action: existing ? 'event.updated' : 'event.created',
          summary: existing
            ? moved
              ? 'Veranstaltung verlegt'
              : 'Veranstaltung geändert'
            : 'Veranstaltung angelegt',
          subjectType: 'event',
          subjectId: String(saved.id),
          subjectLabel: saved.title,
        },
        manager,
      );
      return saved;
    });
  }

  async publish(actor: SessionUser, id: number): Promise<Event> {
    const event = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Event, { id }, { status: 'published' });
      await this.eventDocuments.setPublic(id, true, manager);
    });
    await this.audit.record(actor, {
      action: 'event.published',
      summary: 'Veranstaltung veröffentlicht',
      subjectType: 'event',
      subjectId: String(id),
      subjectLabel: event.title,
    });
    return { ...event, status: 'published' };
  }

  /** Cancels a published event and tells everyone registered. */
  async cancel(actor: SessionUser, id: number, reason: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOne(Event, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) throw new EventNotFoundError();
      await manager.update(Event, { id }, { status: 'cancelled', cancellationReason: reason });
      const cancelled = { ...event, status: 'cancelled' as const, cancellationReason: reason };
      const sent = await this.notifications.toAllParticipants(
        manager,
        cancelled,
        await this.active(manager, id),
        {
          subject: 'Absage',
          text: `die Veranstaltung, zu der Sie angemeldet sind, muss leider abgesagt werden. Grund: ${reason}`,
        },
      );
      await this.audit.record(
        actor,
        {
          action: 'event.cancelled',
          summary: `Veranstaltung abgesagt (${reason})`,
          subjectType: 'event',
          subjectId: String(id),
          subjectLabel: event.title,
        },
        manager,
      );
      return sent;
    });
  }

  /** How many people each recipient group reaches. */
  async recipientCounts(eventId: number): Promise<Record<MessageRecipientGroup, number>> {
    const [seat, waiting] = await Promise.all([
      this.recipients(this.dataSource.manager, eventId, 'seat'),
      this.recipients(this.dataSource.manager, eventId, 'waiting'),
    ]);
    return { seat: seat.length, waiting: waiting.length, all: seat.length + waiting.length };
  }

  /** The mail as the group's first person will get it, and how many get it. */
  async messagePreview(id: number, form: MessageDto) {
    const event = await this.find(id);
    const recipients = await this.recipients(this.dataSource.manager, id, form.recipients);
    const sample = recipients[0];
    if (!sample) throw new NoRecipientsError();
    return {
      count: recipients.length,
      to: sample.email,
      mail: this.notifications.previewAnnouncement(event, sample, form),
    };
  }

  /** Sends the message to the chosen group and keeps a record of it. */
  async message(actor: SessionUser, id: number, form: MessageDto): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneBy(Event, { id });
      if (!event) throw new EventNotFoundError();
      const recipients = await this.recipients(manager, id, form.recipients);
      if (recipients.length === 0) throw new NoRecipientsError();
      const sent = await this.notifications.toAllParticipants(manager, event, recipients, form);
      await manager.insert(EventMessage, {
        event: { id },
        sentBy: { id: actor.id },
        senderName: actor.displayName,
        subject: form.subject,
        text: form.text,
        recipientGroup: form.recipients,
        recipientCount: sent,
      });
      await this.audit.record(
        actor,
        {
          action: 'event.message',
          summary: `Nachricht an ${sent} ${RECIPIENT_GROUP_LABELS[form.recipients]}: ${form.subject}`,
          subjectType: 'event',
          subjectId: String(id),
          subjectLabel: event.title,
        },
        manager,
      );
      return sent;
    });
  }

  /** The messages sent for this event, newest first. */
  sentMessages(eventId: number): Promise<EventMessage[]> {
    return this.dataSource
      .getRepository(EventMessage)
      .find({ where: { event: { id: eventId } }, order: { sentAt: 'DESC', id: 'DESC' } });
  }

  /** The organizer's list: seats first, then the waiting list, each in order of arrival. */
  registrations(eventId: number): Promise<Registration[]> {
    return this.dataSource
      .getRepository(Registration)
      .createQueryBuilder('registration')
      .where('registration.event_id = :eventId', { eventId })
      .orderBy(`CASE registration.status WHEN 'seat' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END`)
      .addOrderBy('registration.sequence')
      .getMany();
  }

  /** A group's people with a confirmed address: unconfirmed addresses get no messages. */
  private recipients(
    manager: EntityManager,
    eventId: number,
    group: MessageRecipientGroup,
  ): Promise<Registration[]> {
    return manager.find(Registration, {
      where: {
        event: { id: eventId },
        status: group === 'all' ? ACTIVE : group,
        emailConfirmedAt: Not(IsNull()),
        email: Not(IsNull()),
      },
      order: { sequence: 'ASC' },
    });
  }

  private active(manager: EntityManager, eventId: number): Promise<Registration[]> {
    return manager.find(Registration, { where: { event: { id: eventId }, status: ACTIVE } });
  }

  private times(form: EventFormDto) {
    const startsAt = berlinLocalToUtc(form.startsAt);
    const endsAt = berlinLocalToUtc(form.endsAt);
    const registrationOpensAt = form.registrationOpensAt
      ? berlinLocalToUtc(form.registrationOpensAt)
      : null;
    const registrationClosesAt = form.registrationClosesAt
      ? berlinLocalToUtc(form.registrationClosesAt)
      : null;
    const errors: Record<string, string> = {};
    if (!startsAt) errors.startsAt = 'Bitte geben Sie einen gültigen Beginn an.';
    if (!endsAt) errors.endsAt = 'Bitte geben Sie ein gültiges Ende an.';
    if (startsAt && endsAt && endsAt <= startsAt)
      errors.endsAt = 'Das Ende muss nach dem Beginn liegen.';
    if (
      registrationOpensAt &&
      registrationClosesAt &&
      registrationClosesAt <= registrationOpensAt
    ) {
      errors.registrationClosesAt = 'Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.';
    }
    if (Object.keys(errors).length > 0 || !startsAt || !endsAt)
      throw new FormValidationError(errors);
    return { startsAt, endsAt, allDay: false, registrationOpensAt, registrationClosesAt };
  }

  private async uniqueSlug(title: string, startsAt: Date, ownId?: number): Promise<string> {
    const base = `${shortSlug(title)}-${utcToBerlinLocal(startsAt).slice(0, 10)}`;
    const other = ownId === undefined ? {} : { id: Not(ownId) };
    let slug = base;
    for (let suffix = 2; await this.events.existsBy({ slug, ...other }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}

function lines(text?: string): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
