import type { Audience, ParticipationProcess } from './entities/participation-process.entity.js';

export const AUDIENCE_LABELS: Record<Audience, string> = {
  everyone: 'für alle',
  youth: 'für junge Leute',
};

/** What the process discusses, in a few words for lists. */
export function scopeLabel(
  process: Pick<ParticipationProcess, 'scope' | 'fields' | 'approaches'>,
): string {
  switch (process.scope) {
    case 'concept':
      return 'das ganze Kreisentwicklungskonzept';
    case 'fields':
      return `${process.fields.length === 1 ? 'Handlungsfeld' : 'Handlungsfelder'} ${process.fields
        .map((field) => `„${field.title}“`)
        .join(', ')}`;
    case 'approaches':
      return process.approaches.length === 1
        ? `Handlungsansatz „${process.approaches[0].title}“`
        : `${process.approaches.length} Handlungsansätze`;
  }
}
