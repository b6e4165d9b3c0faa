import { Column } from 'typeorm';

/**
 * An item editors took out of the concept: it leaves the public lists, but its page (where it has
 * one) and its comments stay, with the note.
 */
export class Retirement {
  /** Columns retired_at and retired_note. */
  @Column({ type: 'timestamptz', nullable: true })
  at: Date | null;

  /** Shown to the public, e.g. "zusammengelegt mit …". */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

export function isActive(item: { retirement: Retirement }): boolean {
  return item.retirement.at === null;
}
