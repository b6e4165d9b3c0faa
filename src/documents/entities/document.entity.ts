import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../common/auth/roles.js';

export const DOCUMENT_KINDS = ['minutes', 'presentation', 'photo', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** An uploaded file: its bytes live in DocumentStorage under storageKey, never under its name. */
@Entity()
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'document_kind' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  /** Who gave the presentation. */
  @Column({ type: 'text', nullable: true })
  speaker: string | null;

  /** "Arbeitsversion": a draft shown before the final version exists. */
  @Column({ type: 'boolean', default: false })
  isWorkingVersion: boolean;

  /** The sanitized original name: the last segment of the download URL. */
  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text', unique: true })
  storageKey: string;

  /** Detected from the content, not taken from the browser. */
  @Column({ type: 'text' })
  mimeType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'integer', default: 0 })
  downloadCount: number;

  /** Required for photos. */
  @Column({ type: 'text', nullable: true })
  altText: string | null;

  /** The photographer ("Urheber"), required for photos. */
  @Column({ type: 'text', nullable: true })
  credit: string | null;

  /** Set by the owning feature, e.g. when its event is published. */
  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  /** The staff role that manages the document: it (and admins) may see it before it is public. */
  @Column({ type: 'text' })
  ownerRole: Role;

  /** PDFs only: a structure tree marked as tagged. */
  @Column({ type: 'boolean', nullable: true })
  pdfTagged: boolean | null;

  /** PDFs only: the document language from the catalog, e.g. "de-DE". */
  @Column({ type: 'text', nullable: true })
  pdfLanguage: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
