import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { Document } from '../../documents/entities/document.entity.js';
import { Event } from '../../events/entities/event.entity.js';

export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Entwurf',
  review: 'in Prüfung',
  scheduled: 'geplant',
  published: 'veröffentlicht',
};

/** A press release / news article of the press office. */
@Entity()
@Index(['status', 'publishAt'])
export class Article {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  teaser: string;

  /** Markdown, sanitized when rendered. */
  @Column({ type: 'text' })
  body: string;

  /** A photo document carrying its alt text and credit. */
  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL' })
  leadImage: Relation<Document> | null;

  @Column({ type: 'enum', enum: ARTICLE_STATUSES, enumName: 'article_status', default: 'draft' })
  status: ArticleStatus;

  /** When it goes (or went) public; in the future while scheduled. */
  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  /** Who wrote it; with the submitter, the one person who may not approve it (four eyes). */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author: Relation<User> | null;

  /** Who last submitted it for review, when, and what they asked the reviewer. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  submittedBy: Relation<User> | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  submissionComment: string | null;

  /** Who last approved or sent it back, when, and what they said to the author. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  reviewedBy: Relation<User> | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @ManyToMany(() => Event)
  @JoinTable({ name: 'article_event' })
  events: Relation<Event[]>;

  @ManyToMany(() => Approach)
  @JoinTable({ name: 'article_approach' })
  approaches: Relation<Approach[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
