import { DataSource } from 'typeorm';
import type { User } from '../../src/accounts/entities/user.entity.js';
import type { CommentStatus } from '../../src/comments/comment-state.js';
import { Comment } from '../../src/comments/entities/comment.entity.js';
import {
  type ModerationMode,
  ParticipationPhase,
} from '../../src/comments/entities/participation-phase.entity.js';
import { Approach } from '../../src/concept/entities/approach.entity.js';
import type { TestApp } from '../support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;

/** A phase open now (or, with `closed`, one that ended yesterday). */
export async function createPhase(
  test: TestApp,
  options: {
    moderationMode?: ModerationMode;
    audience?: 'everyone' | 'youth';
    closed?: boolean;
    startsInDays?: number;
  } = {},
): Promise<ParticipationPhase> {
  const repository = test.app.get(DataSource).getRepository(ParticipationPhase);
  const now = Date.now();
  const startsAt = options.startsInDays
    ? new Date(now + options.startsInDays * DAY)
    : new Date(now - (options.closed ? 30 : 1) * DAY);
  const endsAt = options.closed ? new Date(now - DAY) : new Date(startsAt.getTime() + 60 * DAY);
  return repository.save(
    repository.create({
      title: options.closed ? 'Vergangenes Forum' : 'KEK-Online-Forum (Test)',
      description: 'Testphase',
      startsAt,
      endsAt,
      moderationMode: options.moderationMode ?? 'pre',
      audience: options.audience ?? 'everyone',
    }),
  );
}

export async function approachBySlug(test: TestApp, slug: string): Promise<Approach> {
  return test.app.get(DataSource).getRepository(Approach).findOneByOrFail({ slug });
}

export async function createComment(
  test: TestApp,
  values: {
    approach: Approach;
    phase: ParticipationPhase;
    author: User | null;
    body?: string;
    status?: CommentStatus;
    parent?: Comment;
  },
): Promise<Comment> {
  const repository = test.app.get(DataSource).getRepository(Comment);
  const status = values.status ?? 'published';
  return repository.save(
    repository.create({
      approach: values.approach,
      phase: values.phase,
      author: values.author,
      parent: values.parent ?? null,
      body: values.body ?? `Kommentar ${Math.random().toString(36).slice(2)}`,
      status,
      publishedAt: status === 'published' ? new Date() : null,
    }),
  );
}
