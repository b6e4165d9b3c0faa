import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { berlinLocalToUtc, utcToBerlinLocal } from '../../common/views/berlin-local-time.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { Event } from '../entities/event.entity.js';
import { pastEvents } from './past-events.data.js';
import { upcomingEvents } from './upcoming-events.data.js';

/**
 * On the embedded demo database: the county's events of 2015–2016 as published past events and
 * two upcoming events with registration open. Events that exist (by slug) are left alone.
 */
@AsSeeder({ order: 50 })
@Injectable()
export class DemoEventsSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo) return;
    const existing = new Set(
      (await manager.find(Event, { select: { slug: true } })).map((event) => event.slug),
    );
    const relations = async (fieldSlugs: string[], approachSlugs: string[]) => ({
      fields: fieldSlugs.length
        ? await manager.findBy(FieldOfAction, { slug: In(fieldSlugs) })
        : [],
      approaches: approachSlugs.length
        ? await manager.findBy(Approach, { slug: In(approachSlugs) })
        : [],
    });
    for (const seed of pastEvents.filter((event) => !existing.has(event.slug))) {
      await manager.save(
        manager.create(Event, {
          slug: seed.slug,
          title: seed.title,
          motto: seed.motto ?? null,
          format: seed.format,
          formatNumber: seed.formatNumber ?? null,
          committees: seed.committees,
          startsAt: new Date(seed.startsAt),
          endsAt: new Date(seed.endsAt),
          allDay: seed.allDay,
          venueName: seed.venueName ?? null,
          venueAddress: seed.venueAddress ?? null,
          description: seed.description,
          report: seed.report ?? null,
          pressReferences: seed.pressReferences,
          imageCredits: seed.imageCredits,
          status: 'published',
          ...(await relations(seed.fieldSlugs, seed.approachSlugs)),
        }),
      );
    }
    const today = utcToBerlinLocal(new Date()).slice(0, 10);
    for (const seed of upcomingEvents.filter((event) => !existing.has(event.slug))) {
      const day = new Date(`${today}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + seed.daysFromNow);
      const date = day.toISOString().slice(0, 10);
      await manager.save(
        manager.create(Event, {
          ...seed,
          formatNumber: seed.formatNumber ?? null,
          freeQuestion: seed.freeQuestion ?? null,
          startsAt: berlinLocalToUtc(`${date}T${seed.startTime}`)!,
          endsAt: berlinLocalToUtc(`${date}T${seed.endTime}`)!,
          status: 'published',
          registrationEnabled: true,
          waitingListEnabled: true,
          contactName: 'Geschäftsstelle KEK',
          ...(await relations(seed.fieldSlugs, seed.approachSlugs)),
        }),
      );
    }
  }
}
