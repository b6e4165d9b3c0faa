import { Injectable, NotFoundException } from '@nestjs/common';
import { THREAD_SORTS, type ThreadSort, CommentsService } from '../comments/comments.service.js';
import { ConceptService } from '../concept/concept.service.js';
import { ConceptRevisionsService } from '../concept/editor/concept-revisions.service.js';
import { EventPagesService } from '../events/event-pages.service.js';
import { EventsService } from '../events/events.service.js';
import { fieldProgress } from '../implementation/field-progress.js';
import { progressChart } from '../implementation/progress-chart.js';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  IMPLEMENTATION_STATUS_PARAMS,
  statusFromParam,
} from '../implementation/implementation-status.js';
import { ImplementationService } from '../implementation/implementation.service.js';
import { approachResultModel } from '../prioritisation/results-view.js';
import { RoundsService } from '../prioritisation/rounds.service.js';
import { ApproachDiscussionsService } from './approach-discussions.service.js';
import { ContactsService } from './contacts.service.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import type { SwotItem, SwotKind } from '../concept/entities/swot-item.entity.js';
import { pageNumber } from '../common/views/page-number.js';

const SWOT_SECTIONS: { kind: SwotKind; title: string }[] = [
  { kind: 'strength', title: 'Stärken' },
  { kind: 'weakness', title: 'Schwächen' },
  { kind: 'opportunity', title: 'Chancen' },
  { kind: 'threat', title: 'Risiken' },
];

function threadSort(sort: unknown): ThreadSort {
  return typeof sort === 'string' && Object.hasOwn(THREAD_SORTS, sort)
    ? (sort as ThreadSort)
    : 'neueste';
}

export interface ApproachPageOptions {
  viewerId?: string;
  sort?: unknown;
  page?: unknown;
  /** The discussion (process slug) that `page` applies to. */
  discussion?: unknown;
}

/** View models of the /kek pages, composed from the concept and the online forum. */
@Injectable()
export class KekPagesService {
  constructor(
    private readonly concept: ConceptService,
    private readonly comments: CommentsService,
    private readonly discussions: ApproachDiscussionsService,
    private readonly events: EventsService,
    private readonly eventPages: EventPagesService,
    private readonly implementation: ImplementationService,
    private readonly rounds: RoundsService,
    private readonly revisions: ConceptRevisionsService,
    private readonly contacts: ContactsService,
    private readonly changes: ContentChanges,
  ) {}

  /** /kek, optionally only the approaches in one state of implementation (`?stand=`). */
  async overview(stand?: unknown) {
    const [concept, fields, themes, regions, counts] = await Promise.all([
      this.concept.findConcept(),
      this.concept.findStructure(),
      this.concept.listThemes(),
      this.concept.listRegions(),
      this.comments.countsByApproach(),
    ]);
    const progress = fieldProgress(fields);
    const status = statusFromParam(stand);
    return {
      pageTitle: concept?.title ?? 'Kreisentwicklungskonzept',
      concept,
      progress: {
        fields: progress,
        chart: progressChart(progress),
        statusLabels: IMPLEMENTATION_STATUSES.map((key) => IMPLEMENTATION_STATUS_LABELS[key]),
        filters: IMPLEMENTATION_STATUSES.map((key) => ({
          param: IMPLEMENTATION_STATUS_PARAMS[key],
          label: IMPLEMENTATION_STATUS_LABELS[key],
          current: key === status,
        })),
      },
      filter: status && {
        label: IMPLEMENTATION_STATUS_LABELS[status],
        fields: fields
          .map((field) => ({
            slug: field.slug,
            title: field.title,
            approaches: field.goals
              .flatMap((goal) => goal.subGoals.flatMap((sub) => sub.approaches))
              .filter((approach) => approach.implementationStatus === status),
          }))
          .filter((field) => field.approaches.length > 0),
      },
      fields: fields.map((field) => {
        const approaches = field.goals.flatMap((goal) =>
          goal.subGoals.flatMap((sub) => sub.approaches),
        );
        for (const approach of approaches) {
          Object.assign(approach, {
            statusLabel: IMPLEMENTATION_STATUS_LABELS[approach.implementationStatus],
          });
        }
        return {
          ...field,
          approachCount: approaches.length,
          commentCount: approaches.reduce(
            (sum, approach) => sum + (counts.get(approach.id) ?? 0),
            0,
          ),
        };
      }),
      themes,
      regions,
    };
  }

  async field(slug: string) {
    const [field, counts] = await Promise.all([
      this.concept.findField(slug),
      this.comments.countsByApproach(),
    ]);
    if (!field) throw new NotFoundException();
    const contacts = await this.contacts.contactsForField(field.id);
    for (const approach of field.goals.flatMap((goal) =>
      goal.subGoals.flatMap((sub) => sub.approaches),
    )) {
      Object.assign(approach, { commentCount: counts.get(approach.id) ?? 0 });
    }
    return {
      pageTitle: `Handlungsfeld „${field.title}“`,
      field,
      swot: SWOT_SECTIONS.map((section) => ({
        ...section,
        items: field.swotItems.filter((item: SwotItem) => item.kind === section.kind),
      })),
      contacts,
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }

  /** An approach page, its discussions rendered once for every reader (see `sharedForApproach`). */
  approach(fieldSlug: string, approachSlug: string, options: ApproachPageOptions = {}) {
    const page = pageNumber(options.page);
    return this.approachWith(fieldSlug, approachSlug, (approach, field, retired) =>
      this.discussions.sharedForApproach(approach, field, {
        viewerId: options.viewerId,
        sort: threadSort(options.sort),
        page,
        discussion: options.discussion,
        retired,
      }),
    );
  }

  /** An approach page with the discussions as one reader sees them, for a comment form's answer. */
  approachForComment(fieldSlug: string, approachSlug: string, viewerId: string) {
    return this.approachWith(fieldSlug, approachSlug, (approach, field, retired) =>
      this.discussions.forApproach(approach, field, {
        viewerId,
        sort: 'neueste',
        page: 1,
        retired,
      }),
    );
  }

  private async approachWith<Forum>(
    fieldSlug: string,
    approachSlug: string,
    discussions: (
      approach: { id: number; slug: string },
      field: { slug: string },
      retired: boolean,
    ) => Promise<Forum>,
  ) {
    const contentGeneration = this.changes.currentGeneration;
    const approach = await this.concept.findApproach(approachSlug);
    const field = approach?.subGoal.goal.field;
    if (!approach || !field || field.slug !== fieldSlug) throw new NotFoundException();
    const retired = [approach, approach.subGoal, approach.subGoal.goal, field].find(
      (item) => item.retirement.at !== null,
    );
    const [all, forum, events, notes, result] = await Promise.all([
      this.concept.listApproaches(),
      discussions(approach, field, Boolean(retired)),
      this.events.forApproach(approach.id),
      this.implementation.notesFor(approach.id),
      this.rounds.latestResultFor(approach.id),
    ]);
    const lastChange = await this.revisions.lastChange([
      { kind: 'approach', ids: [approach.id] },
      { kind: 'measure', ids: approach.measures.map((measure) => measure.id) },
      {
        kind: 'project',
        ids: approach.measures.flatMap((measure) => measure.projects.map((project) => project.id)),
      },
    ]);
    const index = all.findIndex((link) => link.slug === approach.slug);
    const link = (entry: (typeof all)[number] | undefined) =>
      entry && { title: entry.title, url: `/kek/${entry.fieldSlug}/${entry.slug}` };
    return {
      pageTitle: approach.title,
      contentGeneration,
      approach,
      subGoal: approach.subGoal,
      goal: approach.subGoal.goal,
      field,
      measures: approach.measures.map((measure) => ({
        ...measure,
        running: measure.projects.filter((project) => project.kind === 'running'),
        ideas: measure.projects.filter((project) => project.kind === 'idea'),
      })),
      position: index >= 0 ? { number: index + 1, total: all.length } : null,
      retirement: retired?.retirement ?? null,
      lastChange,
      implementation: {
        statusLabel: IMPLEMENTATION_STATUS_LABELS[approach.implementationStatus],
        statusParam: IMPLEMENTATION_STATUS_PARAMS[approach.implementationStatus],
        notes,
      },
      prioritisation: result && approachResultModel(result),
      events: events.map((event) => this.eventPages.summary(event)),
      forum,
      previous: index > 0 ? link(all[index - 1]) : null,
      next: index >= 0 ? link(all[index + 1]) : null,
      breadcrumbs: [
        { title: 'KEK 2030', url: '/kek' },
        { title: field.title, url: `/kek/${field.slug}` },
        {
          title: approach.subGoal.goal.title,
          url: `/kek/${field.slug}#${approach.subGoal.goal.slug}`,
        },
        { title: approach.subGoal.title, url: `/kek/${field.slug}#${approach.subGoal.slug}` },
      ],
    };
  }

  async theme(slug: string) {
    const theme = await this.concept.findTheme(slug);
    if (!theme) throw new NotFoundException();
    const [approaches, themes] = await Promise.all([
      this.concept.listApproachesOfTheme(theme.id),
      this.concept.listThemes(),
    ]);
    return {
      pageTitle: `Querschnittsthema „${theme.title}“`,
      theme,
      approaches: approaches.map((entry) => ({
        title: entry.title,
        url: `/kek/${entry.fieldSlug}/${entry.slug}`,
      })),
      otherThemes: themes.filter((other) => other.id !== theme.id),
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }

  async region(slug: string) {
    const region = await this.concept.findRegion(slug);
    if (!region) throw new NotFoundException();
    const regions = await this.concept.listRegions();
    return {
      pageTitle: `Teilraum ${region.title}`,
      region,
      otherRegions: regions.filter((other) => other.id !== region.id),
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }
}
