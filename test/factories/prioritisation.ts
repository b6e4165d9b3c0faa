import { DataSource } from 'typeorm';
import type { Approach } from '../../src/concept/entities/approach.entity.js';
import { ProgressNote } from '../../src/implementation/entities/progress-note.entity.js';
import { PrioritisationRound } from '../../src/prioritisation/entities/prioritisation-round.entity.js';
import type { TestApp } from '../support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

/** A round open since yesterday for another week, over the given approaches. */
export async function createRound(
  test: TestApp,
  approaches: Approach[],
  options: Partial<Pick<PrioritisationRound, 'opensAt' | 'closesAt' | 'publishedAt'>> = {},
): Promise<PrioritisationRound> {
  counter += 1;
  const repository = test.app.get(DataSource).getRepository(PrioritisationRound);
  return repository.save(
    repository.create({
      slug: `testrunde-${counter}-${Date.now()}`,
      title: `Testrunde ${counter}`,
      explanation: 'Bitte bewerten Sie.',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 7 * DAY),
      publishedAt: null,
      approaches,
      ...options,
    }),
  );
}

export async function createProgressNote(test: TestApp, approach: Approach): Promise<ProgressNote> {
  const repository = test.app.get(DataSource).getRepository(ProgressNote);
  return repository.save(
    repository.create({
      approach,
      notedOn: '2026-11-01',
      text: 'Erste Gespräche geführt.',
      authorName: 'Redaktion',
    }),
  );
}
