import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';
import { Event } from '../../events/entities/event.entity.js';
import { ParticipationProcess } from '../../participation/entities/participation-process.entity.js';
import { StaticPage } from './static-page.entity.js';

/**
 * An "Ansprechpartner" of the administration, shown on the pages, fields, events and participation
 * processes it is attached to.
 */
@Entity()
export class Contact {
  @PrimaryGeneratedColumn()
  id: number;

  /** A person or a unit ("Regionalmanagement"). */
  @Column({ type: 'text' })
  name: string;

  /** "Funktion": what the person does, e.g. "Regionalmanagerin". */
  @Column({ type: 'text', nullable: true })
  function: string | null;

  /** "Fachdienst/Organisationseinheit". */
  @Column({ type: 'text', nullable: true })
  department: string | null;

  /** Postal address, one line per line. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @ManyToMany(() => StaticPage, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'contact_page' })
  pages: Relation<StaticPage[]>;

  @ManyToMany(() => FieldOfAction, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'contact_field' })
  fields: Relation<FieldOfAction[]>;

  @ManyToMany(() => Event, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'contact_event' })
  events: Relation<Event[]>;

  @ManyToMany(() => ParticipationProcess, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'contact_process' })
  processes: Relation<ParticipationProcess[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
