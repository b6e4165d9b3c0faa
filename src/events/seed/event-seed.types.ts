import type { EventFormat } from '../event-formats.js';

/** A document the county published for an event; the seed has no files, only the listing. */
export interface EventDocumentSeed {
  kind: 'minutes' | 'presentation' | 'photo' | 'other';
  title: string;
  speaker?: string;
  isWorkingVersion?: boolean;
}

export interface EventSeed {
  slug: string;
  title: string;
  motto?: string;
  format: EventFormat;
  /** "2. Fachforum" → 2. */
  formatNumber?: number;
  /** Kreistag committees of an Ausschuss-Workshop; a joint session names several. */
  committees: string[];
  /** ISO with offset, e.g. "2016-05-30T10:00:00+02:00"; a whole day when the source gives no time. */
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  venueName?: string;
  venueAddress?: string;
  /** Markdown: the announcement / summary. */
  description: string;
  /** Markdown: the report written afterwards ("Weiterlesen"), when there is one. */
  report?: string;
  /** "Siehe auch" press references, as printed (linked to clippings later). */
  pressReferences: string[];
  /** Approach and field slugs the event relates to (see src/concept/seed/kek-2030.data.ts). */
  fieldSlugs: string[];
  approachSlugs: string[];
  /** Listed downloads, without files. */
  documents: EventDocumentSeed[];
  imageCredits: string[];
}
