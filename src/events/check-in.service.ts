import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import type { WalkInDto } from './dto/walk-in.dto.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventNotFoundError } from './events.service.js';
import { newRegistrationToken } from './registration-tokens.js';
import { RegistrationsService } from './registrations.service.js';

export class CheckInWithoutSeatError extends DomainError {
  constructor() {
    super(
      'check_in_without_seat',
      409,
      'Nur Personen mit Platz können eingecheckt werden. Wer auf der Warteliste steht oder abgemeldet ist, kann als Nachmeldung aufgenommen werden.',
    );
  }
}

/** The door: checking people in, taking a check-in back, and people who come unregistered. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Free seats right now; null without a limit. */
  freeSeats(event: Event): Promise<number | null> {
    return this.registrations.freeSeats(this.dataSource.manager, event);
  }

  /** Marks the person as arrived; a second tap keeps the first time and never undoes it. */
  async checkIn(eventId: number, registrationId: string): Promise<Registration> {
    const registration = await this.registrations.findForEvent(eventId, registrationId);
    if (registration.status !== 'seat') throw new CheckInWithoutSeatError();
    if (!registration.attendedAt) {
      registration.attendedAt = new Date();
      await this.dataSource
        .getRepository(Registration)
        .update(
          { id: registration.id, attendedAt: IsNull() },
          { attendedAt: registration.attendedAt },
        );
    }
    return registration;
  }

  async undoCheckIn(eventId: number, registrationId: string): Promise<Registration> {
    const registration = await this.registrations.findForEvent(eventId, registrationId);
    await this.dataSource
      .getRepository(Registration)
      .update({ id: registration.id, attendedAt: Not(IsNull()) }, { attendedAt: null });
    return registration;
  }

  /**
   * Someone who comes without registration takes a seat and is checked in at once. When every
   * seat is taken, the organizer must say so explicitly ("Trotzdem einlassen"): the room may
   * have space the registration limit does not know of, but nobody goes over it by accident.
   */
  async walkIn(actor: SessionUser, eventId: number, form: WalkInDto): Promise<Registration> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOne(Event, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) throw new EventNotFoundError();
      const free = await this.registrations.freeSeats(manager, event);
      if (free === 0 && !form.overCapacity) {
        throw new FormValidationError({
          overCapacity: `Alle Plätze (${event.capacity}) sind vergeben. Wenn die Person trotzdem teilnehmen darf, kreuzen Sie „Trotzdem einlassen“ an; die Platzzahl wird dann überschritten.`,
        });
      }
      const email = form.email?.toLowerCase() ?? null;
      const existing = email
        ? await manager.findOne(Registration, {
            where: { event: { id: eventId }, email, status: In(['seat', 'waiting']) },
          })
        : null;
      if (existing) {
        throw new FormValidationError({
          email:
            existing.status === 'seat'
              ? `Mit dieser E-Mail-Adresse ist ${existing.name ?? 'jemand'} bereits angemeldet. Bitte checken Sie die Person in der Liste ein.`
              : `Mit dieser E-Mail-Adresse steht ${existing.name ?? 'jemand'} auf der Warteliste. Lassen Sie das Feld leer, um die Person ohne E-Mail-Adresse nachzumelden.`,
        });
      }
      const now = new Date();
      const registration = await manager.save(
        manager.create(Registration, {
          event: { id: eventId },
          name: form.name,
          email,
          status: 'seat',
          emailConfirmedAt: email ? now : null,
          approvedAt: now,
          attendedAt: now,
          managementToken: newRegistrationToken(),
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'event.walk_in',
          summary:
            free === 0 ? 'Nachmeldung am Einlass (über die Platzzahl)' : 'Nachmeldung am Einlass',
          subjectType: 'event',
          subjectId: String(eventId),
          subjectLabel: event.title,
          details: { registrationId: registration.id },
        },
        manager,
      );
      return registration;
    });
  }
}
