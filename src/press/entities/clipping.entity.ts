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
} from 'typeorm';
import { Document } from '../../documents/entities/document.entity.js';
import { Event } from '../../events/entities/event.entity.js';

/** An entry of the press review: what a newspaper wrote about the process. */
@Entity()
@Index(['publishedOn'])
export class Clipping {
  @PrimaryGeneratedColumn()
  id: number;

  /** e.g. "Unser Landkreisbote", "Schweriner Volkszeitung, Parchimer Zeitung". */
  @Column({ type: 'text' })
  publication: string;

  /** The issue as printed, e.g. "09/2018"; empty for dailies cited by date. */
  @Column({ type: 'text', nullable: true })
  issue: string | null;

  @Column({ type: 'date' })
  publishedOn: string;

  @Column({ type: 'text', nullable: true })
  page: string | null;

  @Column({ type: 'text' })
  headline: string;

  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL' })
  document: Relation<Document> | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** The events this clipping reports on ("Siehe auch" on their pages). */
  @ManyToMany(() => Event)
  @JoinTable({ name: 'clipping_event' })
  events: Relation<Event[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
