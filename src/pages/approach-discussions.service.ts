import { Injectable } from '@nestjs/common';
import { type ThreadSort, CommentsService } from '../comments/comments.service.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import {
  type ReaderFlags,
  type ReaderHtml,
  type ReaderRendering,
  partIds,
} from '../common/views/reader-parts.js';
import type { ParticipationProcess } from '../participation/entities/participation-process.entity.js';
import { AUDIENCE_LABELS } from '../participation/process-labels.js';
import { type ProcessState, covers, processState } from '../participation/process-scope.js';
import { ProcessesService } from '../participation/processes.service.js';
import { periodNote, toneOf } from '../participation/tone.js';

const SORT_LABELS: Record<ThreadSort, string> = {
  neueste: 'Neueste zuerst',
  aelteste: 'Älteste zuerst',
  zustimmung: 'Meiste Zustimmung',
};

/** Open discussions first, then those to come, then closed ones, the latest closed first. */
const STATE_ORDER: Record<ProcessState, number> = { open: 0, upcoming: 1, closed: 2 };

type RelevantProcess = { process: ParticipationProcess; state: ProcessState; covered: boolean };

export interface DiscussionOptions {
  viewerId?: string;
  sort: ThreadSort;
  /** `seite` pages the discussion named by `diskussion`, or the first one. */
  page: number;
  discussion?: unknown;
  /** A retired approach takes no new comments in any process. */
  retired: boolean;
}

/**
 * The comment section of an approach page: one discussion per process that covers the approach
 * (or already holds comments on it), each with its own thread, form and tone, so an adult and a
 * youth discussion never mix.
 */
@Injectable()
export class ApproachDiscussionsService {
  constructor(
    private readonly processes: ProcessesService,
    private readonly comments: CommentsService,
    private readonly changes: ContentChanges,
  ) {}

  /** The discussions as one reader sees them: with their own waiting comments, or a form's errors. */
  async forApproach(
    approach: { id: number; slug: string },
    field: { slug: string },
    options: DiscussionOptions,
  ) {
    const relevant = await this.relevantProcesses(approach, field);
    return this.discussionsOf(approach, field, relevant, options);
  }

  /**
   * The discussions rendered once for every reader (until content changes, or a process opens or
   * closes), with each reader's supports, own comments and subscription filled in per request. A
   * reader with comments only they see gets the discussions of their own.
   */
  async sharedForApproach(
    approach: { id: number; slug: string },
    field: { slug: string },
    options: DiscussionOptions,
  ) {
    const loadedIn = this.changes.currentGeneration;
    const relevant = await this.relevantProcesses(approach, field);
    const paged = this.pagedProcess(relevant, options.discussion);
    const keyOf = (page: number) =>
      [
        'discussions',
        approach.id,
        options.sort,
        paged?.slug,
        page,
        options.viewerId ? 'signed-in' : 'guest',
        ...relevant.map(({ process, state }) => `${process.id}-${state}`),
      ].join(':');
    const kept = this.changes.keptRendered<ReaderHtml>(keyOf(options.page));
    const shared = kept
      ? null
      : await this.discussionsOf(approach, field, relevant, { ...options, viewerId: undefined });
    // Kept under the page shown: a page number past the end shows the last page, kept once.
    const shown = shared?.discussions.find((discussion) => discussion.slug === paged?.slug);
    const key = keyOf(shown?.thread.page ?? options.page);
    const commentIds = kept
      ? partIds(kept, 'comment').map(Number)
      : shared!.discussions.flatMap((discussion) =>
          discussion.thread.comments.flatMap((comment) => [
            comment.id,
            ...comment.replies.map((reply) => reply.id),
          ]),
        );
    const marks = options.viewerId
      ? await this.comments.readerMarks(approach.id, options.viewerId, commentIds)
      : null;
    if (marks?.hasWithheld) return this.discussionsOf(approach, field, relevant, options);
    const reader: ReaderFlags = (part, id): Record<string, boolean> => {
      if (part === 'subscription') return { subscribed: !!marks?.followsApproach };
      return { isOwn: !!marks?.own.has(Number(id)), supported: !!marks?.supported.has(Number(id)) };
    };
    const rendering: ReaderRendering = { key, loadedIn, kept: kept ?? undefined, reader };
    return { ...shared, rendering };
  }

  private async relevantProcesses(approach: { id: number }, field: { slug: string }) {
    const now = new Date();
    const [all, commented] = await Promise.all([
      this.processes.list(),
      this.comments.processesWithComments(approach.id),
    ]);
    const location = { id: approach.id, fieldSlug: field.slug };
    return all
      .map((process) => ({
        process,
        state: processState(process, now),
        covered: covers(process, location),
      }))
      .filter(
        ({ process, state, covered }) =>
          commented.includes(process.id) || (covered && state !== 'closed'),
      )
      .sort(
        (a, b) =>
          STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
          (a.state === 'closed'
            ? b.process.endsAt.getTime() - a.process.endsAt.getTime()
            : a.process.startsAt.getTime() - b.process.startsAt.getTime()),
      );
  }

  private pagedProcess(relevant: RelevantProcess[], discussion: unknown) {
    return (relevant.find(({ process }) => process.slug === discussion) ?? relevant[0])?.process;
  }

  private async discussionsOf(
    approach: { id: number; slug: string },
    field: { slug: string },
    relevant: RelevantProcess[],
    options: DiscussionOptions,
  ) {
    const paged = this.pagedProcess(relevant, options.discussion);
    const discussions = await Promise.all(
      relevant.map(async ({ process, state, covered }) => {
        const thread = await this.comments.thread(
          approach.id,
          process.id,
          options.viewerId,
          options.sort,
          process === paged ? options.page : 1,
        );
        const anchor = `diskussion-${process.slug}`;
        return {
          slug: process.slug,
          title: process.title,
          url: `/beteiligung/${process.slug}`,
          anchor,
          isYouth: process.audience === 'youth',
          audienceLabel: AUDIENCE_LABELS[process.audience],
          isOpen: state === 'open' && covered && !options.retired,
          isClosed: state === 'closed',
          note: [
            periodNote(process, state),
            state === 'open' && process.moderationMode === 'pre'
              ? toneOf(process).forum.moderatedNote
              : '',
          ]
            .filter(Boolean)
            .join(' '),
          tone: toneOf(process).forum,
          // A refused comment comes back scrolled to the error summary (the 303 after success names its own place).
          formAction: `/kek/${field.slug}/${approach.slug}/kommentare/${process.slug}#fehler`,
          bodyField: `body-${process.slug}`,
          thread: {
            ...thread,
            comments: thread.comments.map((comment) => ({
              ...comment,
              replyField: `antwort-${comment.id}`,
            })),
          },
          sorts: (Object.keys(SORT_LABELS) as ThreadSort[]).map((key) => ({
            key,
            label: SORT_LABELS[key],
            current: key === thread.sort,
          })),
        };
      }),
    );
    const anyOpen = discussions.some((discussion) => discussion.isOpen);
    return {
      discussions,
      total: discussions.reduce((sum, discussion) => sum + discussion.thread.total, 0),
      // Only offered with an open discussion, whose thread query read the subscription.
      subscribed: discussions.some((discussion) => discussion.thread.viewerFollowsApproach),
      canSubscribe: anyOpen,
      closedNote: options.retired
        ? 'Dieser Handlungsansatz ist zurückgezogen. Die Kommentare bleiben lesbar; neue sind nicht mehr möglich.'
        : anyOpen || discussions.some((discussion) => !discussion.isClosed)
          ? null
          : 'Zurzeit ist zu diesem Handlungsansatz keine Online-Beteiligung geöffnet.',
    };
  }
}
