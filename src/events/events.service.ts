import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type FindOptionsWhere, In, MoreThanOrEqual, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain.error.js';
import { formatDateTime } from '../common/views/berlin-time.js';
import { Event } from './entities/event.entity.js';
import { EVENT_FORMATS, type EventFormat } from './event-formats.js';
import { RegistrationsService } from './registrations.service.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';

export class EventNotFoundError extends DomainError {
  constructor() {
    super('event_not_found', 404, 'Diese Veranstaltung gibt es nicht.');
  }
}

export interface SeatInfo {
  /** What the public page says about registration, honestly. */
  label: string;
  canRegister: boolean;
  waitingList: boolean;
  free: number | null;
}

/** Published events for the public pages, and what other features show of them. */
@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(Event) private readonly events: Repository<Event>,
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    changes: ContentChanges,
  ) {
    this.byApproach = changes.remember(() => this.readByApproach());
  }

  /** Published and cancelled events of each approach, the latest first, until content changes. */
  private readonly byApproach: () => Promise<Map<number, Event[]>>;

  /** Published and cancelled events (drafts stay in the back office), newest last. */
  listPublic(format?: EventFormat): Promise<Event[]> {
    return this.events.find({
      where: { status: In(['published', 'cancelled']), ...(format ? { format } : {}) },
      order: { startsAt: 'ASC' },
    });
  }

  upcoming(limit: number): Promise<Event[]> {
    return this.events.find({
      where: { status: 'published', endsAt: MoreThanOrEqual(new Date()) },
      order: { startsAt: 'ASC' },
      take: limit,
    });
  }

  /** The next events that are not cancelled (drafts too), with their seats and waiting places taken. */
  async upcomingWithCounts(limit: number) {
    const events = await this.events.find({
      where: { status: In(['draft', 'published']), endsAt: MoreThanOrEqual(new Date()) },
      order: { startsAt: 'ASC' },
      take: limit,
    });
    const rows: { event_id: number; seats: number; waiting: number }[] = events.length
      ? await this.dataSource.query(
          `SELECT event_id, count(*) FILTER (WHERE status = 'seat')::int AS seats,
                  count(*) FILTER (WHERE status = 'waiting')::int AS waiting
           FROM registration WHERE event_id = ANY($1) GROUP BY event_id`,
          [events.map((event) => event.id)],
        )
      : [];
    const counts = new Map(rows.map((row) => [row.event_id, row]));
    return events.map((event) => ({
      event,
      seats: counts.get(event.id)?.seats ?? 0,
      waiting: counts.get(event.id)?.waiting ?? 0,
    }));
  }

  /** Every event (drafts too) that ends at or after `since`, newest first: for pickers in the back office. */
  listEndingSince(since: Date): Promise<Event[]> {
    return this.events.find({
      where: { endsAt: MoreThanOrEqual(since) },
      order: { startsAt: 'DESC', id: 'DESC' },
    });
  }

  async findPublic(slug: string): Promise<Event> {
    return this.findForPage({ slug, status: In(['published', 'cancelled']) });
  }

  /** Any event, drafts too, with what its page shows: for the organizers' preview. */
  async findForPreview(id: number): Promise<Event> {
    return this.findForPage({ id });
  }

  private async findForPage(where: FindOptionsWhere<Event>): Promise<Event> {
    const event = await this.events.findOne({
      where,
      relations: {
        fields: true,
        approaches: { subGoal: { goal: { field: true } } },
        process: true,
      },
      order: { approaches: { position: 'ASC' } },
    });
    if (!event) throw new EventNotFoundError();
    return event;
  }

  /** Events that name the approach, for its page ("shown both ways"). */
  async forApproach(approachId: number): Promise<Event[]> {
    return structuredClone((await this.byApproach()).get(approachId) ?? []);
  }

  private async readByApproach(): Promise<Map<number, Event[]>> {
    const events = await this.events.find({
      where: { status: In(['published', 'cancelled']) },
      relations: { approaches: true },
      order: { startsAt: 'DESC' },
    });
    const byApproach = new Map<number, Event[]>();
    for (const { approaches, ...event } of events) {
      for (const approach of approaches) {
        byApproach.set(approach.id, [...(byApproach.get(approach.id) ?? []), event as Event]);
      }
    }
    return byApproach;
  }

  /** Published and cancelled events of the participation processes, the earliest first. */
  forProcesses(processIds: number[]): Promise<Event[]> {
    if (processIds.length === 0) return Promise.resolve([]);
    return this.events.find({
      where: { status: In(['published', 'cancelled']), process: { id: In(processIds) } },
      relations: { process: true },
      order: { startsAt: 'ASC' },
    });
  }

  async seatInfo(event: Event): Promise<SeatInfo> {
    const now = new Date();
    const closesAt = event.registrationClosesAt ?? event.startsAt;
    const closed = { canRegister: false, waitingList: false, free: null };
    if (event.status === 'cancelled')
      return { label: 'Die Veranstaltung ist abgesagt.', ...closed };
    if (!event.registrationEnabled) return { label: '', ...closed };
    if (event.registrationOpensAt && event.registrationOpensAt > now) {
      return {
        label: `Die Anmeldung beginnt am ${formatDateTime(event.registrationOpensAt)}.`,
        ...closed,
      };
    }
    if (closesAt <= now) return { label: 'Die Anmeldung ist geschlossen.', ...closed };
    const free = await this.registrations.freeSeats(this.dataSource.manager, event);
    if (free === null)
      return {
        label: 'Anmeldung offen – Plätze unbegrenzt',
        canRegister: true,
        waitingList: false,
        free,
      };
    if (free > 0) {
      return {
        label: free === 1 ? 'noch 1 Platz frei' : `noch ${free} Plätze frei`,
        canRegister: true,
        waitingList: false,
        free,
      };
    }
    return event.waitingListEnabled
      ? { label: 'ausgebucht – Warteliste offen', canRegister: true, waitingList: true, free }
      : { label: 'ausgebucht', canRegister: false, waitingList: false, free };
  }

  formatLabel(event: Event): string {
    const format = EVENT_FORMATS[event.format];
    return event.formatNumber ? `${event.formatNumber}. ${format}` : format;
  }
}
