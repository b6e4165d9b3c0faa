import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../database/job-queue.service.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import {
  CAPACITY_NOTICE_JOB,
  type CapacityNotice,
  EventNotifications,
} from './event-notifications.service.js';
import { RegistrationsService } from './registrations.service.js';

export const EXPIRE_HOLDS_JOB = 'events.expire-holds';
export const REMINDER_JOB = 'events.reminders';
export const ERASURE_JOB = 'events.erase-personal-data';

/**
 * Every 5 minutes: run-out seat holds go back to the waiting list. Daily at 8:00 (Berlin):
 * reminders for tomorrow's events. Daily at 3:00: erasure of personal data after events.
 */
@Injectable()
export class EventJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    private readonly notifications: EventNotifications,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(EXPIRE_HOLDS_JOB, async () => {
      await this.registrations.expireAllHolds();
    });
    await this.jobs.work(REMINDER_JOB, async () => {
      await this.sendReminders();
    });
    await this.jobs.work(ERASURE_JOB, async () => {
      await this.erasePersonalData();
    });
    await this.jobs.work<CapacityNotice>(CAPACITY_NOTICE_JOB, (notice, job) =>
      this.notifications.sendCapacityNotice(notice, job.id),
    );
    await this.jobs.schedule(EXPIRE_HOLDS_JOB, '*/5 * * * *');
    await this.jobs.schedule(REMINDER_JOB, '0 8 * * *');
    await this.jobs.schedule(ERASURE_JOB, '0 3 * * *');
  }

  /** Reminds confirmed participants of events that start tomorrow (Berlin calendar day). */
  async sendReminders(now = new Date()): Promise<number> {
    const tomorrow = utcToBerlinLocal(new Date(now.getTime() + 24 * 60 * 60 * 1000)).slice(0, 10);
    const events = await this.dataSource
      .getRepository(Event)
      .find({ where: { status: 'published' } });
    let sent = 0;
    for (const event of events.filter(
      (candidate) =>
        !candidate.reminderSentAt && utcToBerlinLocal(candidate.startsAt).slice(0, 10) === tomorrow,
    )) {
      await this.dataSource.transaction(async (manager) => {
        const participants = await manager
          .createQueryBuilder(Registration, 'registration')
          .innerJoinAndSelect('registration.event', 'event')
          .where('registration.event_id = :id', { id: event.id })
          .andWhere("registration.status = 'seat' AND registration.email_confirmed_at IS NOT NULL")
          .andWhere('(registration.approved_at IS NOT NULL OR event.approval_required = false)')
          .getMany();
        for (const registration of participants) {
          await this.notifications.toParticipant(manager, 'reminder', event, registration);
          sent += 1;
        }
        await manager.update(Event, { id: event.id }, { reminderSentAt: now });
      });
    }
    return sent;
  }

  /**
   * Accessibility needs (health data) go right after the event; names, addresses and answers go
   * REGISTRATION_RETENTION_DAYS later. The rows stay, so the counts remain for statistics.
   */
  async erasePersonalData(
    now = new Date(),
  ): Promise<{ accessibility: number; registrations: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [, accessibility] = await manager.query<[unknown, number]>(
        `UPDATE registration r SET accessibility_needs = NULL, accessibility_consent_at = NULL
         FROM event e WHERE r.event_id = e.id AND e.ends_at < $1
           AND (r.accessibility_needs IS NOT NULL OR r.accessibility_consent_at IS NOT NULL)`,
        [now],
      );
      const cutoff = new Date(
        now.getTime() - this.config.REGISTRATION_RETENTION_DAYS * 24 * 60 * 60 * 1000,
      );
      const [, registrations] = await manager.query<[unknown, number]>(
        `UPDATE registration r SET name = NULL, email = NULL, organization = NULL, dietary_needs = NULL,
           free_answer = NULL, user_id = NULL, erased_at = $1
         FROM event e WHERE r.event_id = e.id AND e.ends_at < $2 AND r.erased_at IS NULL`,
        [now, cutoff],
      );
      await manager.query(
        `UPDATE event SET personal_data_erased_at = $1 WHERE ends_at < $2 AND personal_data_erased_at IS NULL`,
        [now, cutoff],
      );
      return { accessibility, registrations };
    });
  }
}
