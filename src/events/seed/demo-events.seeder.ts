import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { berlinLocalToUtc, utcToBerlinLocal } from '../../common/views/berlin-local-time.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';
import { slugify } from '../../common/text/slugify.js';
import { formatDate } from '../../common/views/berlin-time.js';
import { AppConfig } from '../../config/app-config.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { DocumentsService } from '../../documents/documents.service.js';
import { ParticipationProcess } from '../../participation/entities/participation-process.entity.js';
import { EventDocument } from '../entities/event-document.entity.js';
import { placeholderPdf } from './placeholder-pdf.js';
import { Event } from '../entities/event.entity.js';
import { pastEvents } from './past-events.data.js';
import { upcomingEvents } from './upcoming-events.data.js';
import { EVENT_DOCUMENT_UPLOAD } from '../event-documents.service.js';

/**
 * On the embedded demo database: the county's events of 2015–2016 as published past events (their
 * downloads as clearly marked placeholder PDFs) and two upcoming events with registration open,
 * the youth forum linked to its online process.
 * Events that exist (by slug) are left alone.
 */
@AsSeeder({ order: 50 })
@Injectable()
export class DemoEventsSeeder implements Seeder {
  constructor(
    private readonly documents: DocumentsService,
    private readonly config: AppConfig,
  ) {}

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
      const event = await manager.save(
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
      for (const [position, document] of seed.documents.entries()) {
        const path = join(this.config.DATA_DIR, 'uploads', 'tmp', `seed-${randomUUID()}.pdf`);
        const bytes = await placeholderPdf(document.title, seed.title, formatDate(event.startsAt));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
        const stored = await this.documents.store(
          { path, originalName: `${slugify(document.title)}.pdf`, size: bytes.length },
          {
            kind: document.kind,
            title: document.title,
            speaker: document.speaker,
            isWorkingVersion: document.isWorkingVersion,
          },
          EVENT_DOCUMENT_UPLOAD,
        );
        await this.documents.setPublic([stored.document.id], true);
        await manager.insert(EventDocument, {
          eventId: event.id,
          documentId: stored.document.id,
          position,
        });
      }
    }
    const today = utcToBerlinLocal(new Date()).slice(0, 10);
    for (const { processSlug, ...seed } of upcomingEvents.filter(
      (event) => !existing.has(event.slug),
    )) {
      const day = new Date(`${today}T12:00:00Z`);
      day.setUTCDate(day.getUTCDate() + seed.daysFromNow);
      const date = day.toISOString().slice(0, 10);
      await manager.save(
        manager.create(Event, {
          ...seed,
          process: processSlug
            ? await manager.findOneBy(ParticipationProcess, { slug: processSlug })
            : null,
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
