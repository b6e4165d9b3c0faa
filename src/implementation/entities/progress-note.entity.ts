import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';
import { Document } from '../../documents/entities/document.entity.js';

/** A dated note on how an approach's implementation is getting on, with an optional document. */
@Entity()
export class ProgressNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @ManyToOne(() => Approach, { nullable: false, onDelete: 'CASCADE' })
  approach: Relation<Approach>;

  /** The day the note reports on (a calendar date, no time). */
  @Column({ type: 'date' })
  notedOn: string;

  /** Markdown. */
  @Column({ type: 'text' })
  text: string;

  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL', eager: true })
  document: Relation<Document> | null;

  /** The editor's name at the time of writing; stays when the account goes. */
  @Column({ type: 'text' })
  authorName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
