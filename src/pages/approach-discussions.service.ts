import { Injectable } from '@nestjs/common';
import { type ThreadSort, CommentsService } from '../comments/comments.service.js';
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
  ) {}

  async forApproach(
    approach: { id: number; slug: string },
    field: { slug: string },
    options: DiscussionOptions,
  ) {
    const now = new Date();
    const [all, commented] = await Promise.all([
      this.processes.list(),
      this.comments.processesWithComments(approach.id),
    ]);
    const location = { id: approach.id, fieldSlug: field.slug };
    const relevant = all
      .map((process) => ({ process, state: processState(process, now) }))
      .filter(
        ({ process, state }) =>
          commented.includes(process.id) || (covers(process, location) && state !== 'closed'),
      )
      .sort(
        (a, b) =>
          STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
          (a.state === 'closed'
            ? b.process.endsAt.getTime() - a.process.endsAt.getTime()
            : a.process.startsAt.getTime() - b.process.startsAt.getTime()),
      );
    const paged =
      relevant.find(({ process }) => process.slug === options.discussion) ?? relevant[0];
    const discussions = await Promise.all(
      relevant.map(async ({ process, state }) => {
        const thread = await this.comments.thread(
          approach.id,
          process.id,
          options.viewerId,
          options.sort,
          process === paged?.process ? options.page : 1,
        );
        const anchor = `diskussion-${process.slug}`;
        return {
          slug: process.slug,
          title: process.title,
          url: `/beteiligung/${process.slug}`,
          anchor,
          isYouth: process.audience === 'youth',
          audienceLabel: AUDIENCE_LABELS[process.audience],
          isOpen: state === 'open' && covers(process, location) && !options.retired,
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
