import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../accounts/entities/user.entity.js';
import {
  type AccountSection,
  AsPersonalDataProvider,
  type PersonalDataProvider,
} from '../accounts/personal-data.js';
import { formatDateTime } from '../common/views/berlin-time.js';
import { Registration } from './entities/registration.entity.js';
import { STATUS_LABELS } from './registrations-list.js';
import { RegistrationsService } from './registrations.service.js';

/**
 * Registrations belong to the account or carry its e-mail address. When the account goes, its
 * open registrations are cancelled (seats go to the waiting list) and all of them are erased.
 */
@AsPersonalDataProvider()
@Injectable()
export class RegistrationsPersonalData implements PersonalDataProvider {
  readonly exportKey = 'veranstaltungsanmeldungen';

  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
  ) {}

  async export(userId: string) {
    const rows = await this.mine(this.dataSource.manager, userId);
    return rows.map((registration) => ({
      veranstaltung: registration.event.title,
      beginn: registration.event.startsAt,
      status: registration.status,
      name: registration.name,
      email: registration.email,
      organisation: registration.organization,
      ernaehrung: registration.dietaryNeeds,
      antwort: registration.freeAnswer,
      barrierefreiheit: registration.accessibilityNeeds,
      fotoEinwilligung: registration.photoConsent,
      teilnehmerlisteEinwilligung: registration.participantListConsent,
      angemeldetAm: registration.createdAt,
    }));
  }

  /** The person's registrations, each with the link (from every mail) to see or cancel it. */
  async overview(userId: string): Promise<AccountSection[]> {
    const rows = await this.mine(this.dataSource.manager, userId);
    return [
      {
        id: 'anmeldungen',
        title: 'Meine Veranstaltungsanmeldungen',
        empty: 'Sie sind zu keiner Veranstaltung angemeldet.',
        order: 30,
        items: rows
          .filter((registration) => !registration.erasedAt)
          .map((registration) => ({
            title: registration.event.title,
            url: `/veranstaltungen/anmeldung?token=${registration.managementToken}`,
            state:
              registration.status === 'seat' && !registration.emailConfirmedAt
                ? 'noch nicht bestätigt'
                : STATUS_LABELS[registration.status],
            detail: `${formatDateTime(registration.event.startsAt)} · Anmeldung ansehen oder abmelden`,
          })),
      },
    ];
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    const rows = await this.mine(manager, userId);
    const now = new Date();
    for (const registration of rows) {
      await manager.update(
        Registration,
        { id: registration.id },
        {
          status:
            registration.status === 'seat' || registration.status === 'waiting'
              ? 'cancelled'
              : registration.status,
          cancelledAt: registration.cancelledAt ?? now,
          name: null,
          email: null,
          organization: null,
          dietaryNeeds: null,
          freeAnswer: null,
          accessibilityNeeds: null,
          accessibilityConsentAt: null,
          user: null,
          erasedAt: now,
        },
      );
    }
    for (const event of new Map(rows.map((row) => [row.event.id, row.event])).values()) {
      await this.registrations.promote(manager, event);
    }
  }

  private async mine(manager: EntityManager, userId: string): Promise<Registration[]> {
    const user = await manager.findOneBy(User, { id: userId });
    return manager
      .createQueryBuilder(Registration, 'registration')
      .innerJoinAndSelect('registration.event', 'event')
      .where('registration.user_id = :userId', { userId })
      .orWhere('registration.email = :email', { email: user?.email ?? '' })
      .orderBy('event.starts_at', 'DESC')
      .getMany();
  }
}
