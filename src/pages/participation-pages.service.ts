import { Injectable } from '@nestjs/common';
import { CommentsService } from '../comments/comments.service.js';
import { type ApproachLink, ConceptService } from '../concept/concept.service.js';
import { EventPagesService } from '../events/event-pages.service.js';
import { EventsService } from '../events/events.service.js';
import type { ParticipationProcess } from '../participation/entities/participation-process.entity.js';
import { AUDIENCE_LABELS, scopeLabel } from '../participation/process-labels.js';
import { STATE_LABELS, covers, processState } from '../participation/process-scope.js';
import { ProcessesService } from '../participation/processes.service.js';
import { periodNote, toneOf } from '../participation/tone.js';
import { ContactsService } from './contacts.service.js';

const TOP_APPROACHES = 3;

/** /beteiligung (open, upcoming and past processes) and each process's own page. */
@Injectable()
export class ParticipationPagesService {
  constructor(
    private readonly processes: ProcessesService,
    private readonly comments: CommentsService,
    private readonly concept: ConceptService,
    private readonly events: EventsService,
    private readonly eventPages: EventPagesService,
    private readonly contacts: ContactsService,
  ) {}

  async overview() {
    const now = new Date();
    const [processes, figures, approaches] = await Promise.all([
      this.processes.list(),
      this.comments.figuresByProcess(TOP_APPROACHES),
      this.concept.listApproaches({ includeRetired: true }),
    ]);
    const events = await this.events.forProcesses(processes.map((process) => process.id));
    const byId = new Map(approaches.map((approach) => [approach.id, approach]));
    const summaries = processes.map((process) => {
      const figure = figures.get(process.id);
      return {
        ...this.summary(process, now),
        commentCount: figure?.total ?? 0,
        topApproaches: (figure?.top ?? []).flatMap(({ approachId, count }) => {
          const approach = byId.get(approachId);
          return approach ? [{ ...discussionLink(approach, process), count }] : [];
        }),
        events: events
          .filter((event) => event.process?.id === process.id)
          .map((event) => this.eventPages.summary(event)),
      };
    });
    return {
      pageTitle: 'Beteiligung',
      open: summaries.filter((process) => process.state === 'open').reverse(),
      upcoming: summaries.filter((process) => process.state === 'upcoming').reverse(),
      past: summaries.filter((process) => process.state === 'closed'),
    };
  }

  async process(slug: string) {
    const now = new Date();
    const process = await this.processes.findBySlug(slug);
    const tone = toneOf(process);
    const [structure, approaches, counts, events, contacts] = await Promise.all([
      this.concept.findStructure(),
      this.concept.listApproaches(),
      this.comments.countsByApproach(process.id),
      this.events.forProcesses([process.id]),
      this.contacts.contactsForProcess(process.id),
    ]);
    const covered = approaches.filter((approach) => covers(process, approach));
    const topics = structure
      .map((field) => ({
        title: field.title,
        url: `/kek/${field.slug}`,
        approaches: covered
          .filter((approach) => approach.fieldSlug === field.slug)
          .map((approach) => ({
            ...discussionLink(approach, process),
            count: counts.get(approach.id) ?? 0,
          })),
      }))
      .filter((field) => field.approaches.length > 0);
    const commentCount = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      pageTitle: process.title,
      breadcrumbs: [{ title: 'Beteiligung', url: '/beteiligung' }],
      process: this.summary(process, now),
      description: process.description,
      tone: tone.page,
      note: periodNote(process, processState(process, now)),
      moderatedNote: process.moderationMode === 'pre' ? tone.forum.moderatedNote : null,
      commentCount,
      topics,
      mostDiscussed: topics
        .flatMap((field) => field.approaches)
        .filter((approach) => approach.count > 0)
        .sort((left, right) => right.count - left.count)
        .slice(0, 5),
      events: events.map((event) => this.eventPages.summary(event)),
      contacts,
    };
  }

  private summary(process: ParticipationProcess, now: Date) {
    const state = processState(process, now);
    return {
      slug: process.slug,
      title: process.title,
      url: `/beteiligung/${process.slug}`,
      isYouth: process.audience === 'youth',
      audienceLabel: AUDIENCE_LABELS[process.audience],
      scopeLabel: scopeLabel(process),
      startsAt: process.startsAt,
      endsAt: process.endsAt,
      state,
      stateLabel: STATE_LABELS[state],
      isOpen: state === 'open',
      join: toneOf(process).page.join,
    };
  }
}

/** An approach's page, at the process's own discussion. */
function discussionLink(approach: ApproachLink, process: Pick<ParticipationProcess, 'slug'>) {
  return {
    title: approach.title,
    url: `/kek/${approach.fieldSlug}/${approach.slug}#diskussion-${process.slug}`,
  };
}
