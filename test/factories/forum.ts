import { DataSource } from 'typeorm';
import type { User } from '../../src/accounts/entities/user.entity.js';
import type { CommentStatus } from '../../src/comments/comment-state.js';
import { Comment } from '../../src/comments/entities/comment.entity.js';
import { Approach } from '../../src/concept/entities/approach.entity.js';
import { FieldOfAction } from '../../src/concept/entities/field-of-action.entity.js';
import {
  type Audience,
  type ModerationMode,
  ParticipationProcess,
} from '../../src/participation/entities/participation-process.entity.js';
import type { TestApp } from '../support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;
let sequence = 0;

/**
 * A process open now on the whole concept (or, with `closed`, one that ended yesterday; with
 * `startsInDays`, one still to come); `fieldSlugs` or `approachSlugs` narrow its scope.
 */
export async function createProcess(
  test: TestApp,
  options: {
    title?: string;
    moderationMode?: ModerationMode;
    audience?: Audience;
    closed?: boolean;
    startsInDays?: number;
    fieldSlugs?: string[];
    approachSlugs?: string[];
  } = {},
): Promise<ParticipationProcess> {
  const dataSource = test.app.get(DataSource);
  const repository = dataSource.getRepository(ParticipationProcess);
  const now = Date.now();
  const startsAt = options.startsInDays
    ? new Date(now + options.startsInDays * DAY)
    : new Date(now - (options.closed ? 30 : 1) * DAY);
  const endsAt = options.closed ? new Date(now - DAY) : new Date(startsAt.getTime() + 60 * DAY);
  const title = options.title ?? (options.closed ? 'Vergangenes Forum' : 'KEK-Online-Forum (Test)');
  sequence += 1;
  const fields = options.fieldSlugs
    ? await dataSource
        .getRepository(FieldOfAction)
        .findBy(options.fieldSlugs.map((slug) => ({ slug })))
    : [];
  const approaches = options.approachSlugs
    ? await dataSource
        .getRepository(Approach)
        .findBy(options.approachSlugs.map((slug) => ({ slug })))
    : [];
  return repository.save(
    repository.create({
      slug: `test-verfahren-${process.pid}-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
      title,
      description: 'Testverfahren',
      startsAt,
      endsAt,
      moderationMode: options.moderationMode ?? 'pre',
      audience: options.audience ?? 'everyone',
      scope: options.fieldSlugs ? 'fields' : options.approachSlugs ? 'approaches' : 'concept',
      fields,
      approaches,
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
    process: ParticipationProcess;
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
      process: values.process,
      author: values.author,
      parent: values.parent ?? null,
      body: values.body ?? `Kommentar ${Math.random().toString(36).slice(2)}`,
      status,
      publishedAt: status === 'published' ? new Date() : null,
    }),
  );
}
