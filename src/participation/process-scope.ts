import type { ParticipationProcess } from './entities/participation-process.entity.js';

export type ProcessState = 'upcoming' | 'open' | 'closed';

export const STATE_LABELS: Record<ProcessState, string> = {
  upcoming: 'geplant',
  open: 'offen',
  closed: 'beendet',
};

export function processState(
  process: Pick<ParticipationProcess, 'startsAt' | 'endsAt'>,
  now = new Date(),
): ProcessState {
  if (process.startsAt > now) return 'upcoming';
  return process.endsAt > now ? 'open' : 'closed';
}

/** Whether a process discusses the approach (given with the slug of its field). */
export function covers(
  process: Pick<ParticipationProcess, 'scope' | 'fields' | 'approaches'>,
  approach: { id: number; fieldSlug: string },
): boolean {
  switch (process.scope) {
    case 'concept':
      return true;
    case 'fields':
      return process.fields.some((field) => field.slug === approach.fieldSlug);
    case 'approaches':
      return process.approaches.some((candidate) => candidate.id === approach.id);
  }
}
