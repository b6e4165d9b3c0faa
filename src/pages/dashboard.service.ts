import { Injectable } from '@nestjs/common';
import { CommentsService } from '../comments/comments.service.js';
import { type SessionUser, hasRole } from '../common/auth/roles.js';
import { columnChart } from '../common/charts/column-chart.js';
import { formatDate } from '../common/views/berlin-time.js';
import { CONCEPT_KINDS, type KindKey } from '../concept/editor/concept-kinds.js';
import { ConceptRevisionsService } from '../concept/editor/concept-revisions.service.js';
import { EventsService } from '../events/events.service.js';
import { PressAdminService } from '../press/press-admin.service.js';

const WEEKS = 12;

/** ISO 8601 week number of a Monday given as YYYY-MM-DD. */
function isoWeek(monday: string): number {
  const date = new Date(`${monday}T12:00:00Z`);
  const thursday = new Date(date.getTime() + 3 * 86_400_000);
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  return 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
}

/** The back-office start page: what waits for each of the user's roles. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly comments: CommentsService,
    private readonly events: EventsService,
    private readonly press: PressAdminService,
    private readonly revisions: ConceptRevisionsService,
  ) {}

  async forUser(user: SessionUser) {
    const sees = {
      moderation: hasRole(user, ['moderator']),
      comments: hasRole(user, ['moderator', 'editor']),
      events: hasRole(user, ['organizer']),
      press: hasRole(user, ['press']),
      concept: hasRole(user, ['editor']),
    };
    const [figures, events, articles, changes] = await Promise.all([
      sees.moderation || sees.comments ? this.comments.dashboardFigures(WEEKS) : null,
      sees.events ? this.events.upcomingWithCounts(5) : null,
      sees.press ? this.press.awaitingReview() : null,
      sees.concept ? this.revisions.recent(5) : null,
    ]);
    const weeks = figures?.perWeek.map((row) => ({
      label: `KW ${isoWeek(row.week)}`,
      from: formatDate(row.week),
      count: row.count,
    }));
    return {
      sees,
      moderation: sees.moderation &&
        figures && { pending: figures.pending, reported: figures.reported },
      comments: sees.comments &&
        weeks && {
          weeks,
          total: weeks.reduce((sum, week) => sum + week.count, 0),
          chart: columnChart({
            id: 'diagramm-kommentare',
            title: `Kommentare je Woche, letzte ${WEEKS} Wochen`,
            description:
              'Säulen je Kalenderwoche mit der Zahl der geschriebenen Kommentare; die Zahlen stehen auch in der Tabelle daneben.',
            columns: weeks.map((week) => ({ label: week.label, value: week.count })),
          }),
        },
      events: events?.map((entry) => ({
        id: entry.event.id,
        title: entry.event.title,
        startsAt: entry.event.startsAt,
        isDraft: entry.event.status === 'draft',
        registrationEnabled: entry.event.registrationEnabled,
        seats: entry.seats,
        capacity: entry.event.capacity,
        waiting: entry.waiting,
      })),
      articles: articles?.map((article) => ({
        id: article.id,
        title: article.title,
        updatedAt: article.updatedAt,
      })),
      conceptChanges: changes?.map((revision) => {
        const kind = CONCEPT_KINDS[revision.kind as KindKey];
        const text = String(
          revision.snapshot.title ?? revision.snapshot.text ?? revision.snapshot.body ?? '',
        );
        return {
          kind: kind.singular,
          label: text.length > 90 ? `${text.slice(0, 87)}…` : text,
          url: `/verwaltung/kek/${kind.segment}/${revision.entityId}`,
          authorName: revision.authorName,
          createdAt: revision.createdAt,
        };
      }),
    };
  }
}
