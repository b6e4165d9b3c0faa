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
import { Approach } from '../../concept/entities/approach.entity.js';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';
import { ParticipationProcess } from '../../participation/entities/participation-process.entity.js';
import {
  EVENT_FORMAT_KEYS,
  EVENT_STATUSES,
  type EventFormat,
  type EventStatus,
} from '../event-formats.js';

/** A forum, workshop or conference of the KEK process, with its registration settings. */
@Entity()
@Index(['status', 'startsAt'])
export class Event {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  motto: string | null;

  @Column({ type: 'enum', enum: EVENT_FORMAT_KEYS, enumName: 'event_format' })
  format: EventFormat;

  /** "2. Fachforum". */
  @Column({ type: 'integer', nullable: true })
  formatNumber: number | null;

  /** Kreistag committees of a committee workshop (a joint session names several). */
  @Column({ type: 'text', array: true, default: '{}' })
  committees: string[];

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** Only the date is known (older events): no times are shown. */
  @Column({ default: false })
  allDay: boolean;

  @Column({ type: 'text', nullable: true })
  venueName: string | null;

  @Column({ type: 'text', nullable: true })
  venueAddress: string | null;

  @Column({ type: 'text', nullable: true })
  accessibilityNotes: string | null;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  description: string;

  /** Markdown: the report written afterwards ("Weiterlesen"). */
  @Column({ type: 'text', nullable: true })
  report: string | null;

  /** Markdown: results and agreements. */
  @Column({ type: 'text', nullable: true })
  outcomes: string | null;

  /** "Siehe auch": press references as printed. */
  @Column({ type: 'text', array: true, default: '{}' })
  pressReferences: string[];

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'enum', enum: EVENT_STATUSES, enumName: 'event_status', default: 'draft' })
  status: EventStatus;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  /** Credits of pictures shown with the event that are not uploaded photos. */
  @Column({ type: 'text', array: true, default: '{}' })
  imageCredits: string[];

  /** The participation process the event belongs to, e.g. a youth forum's online discussion. */
  @Index()
  @ManyToOne(() => ParticipationProcess, { nullable: true, onDelete: 'SET NULL' })
  process: Relation<ParticipationProcess> | null;

  @ManyToMany(() => FieldOfAction)
  @JoinTable({ name: 'event_field' })
  fields: Relation<FieldOfAction[]>;

  @ManyToMany(() => Approach)
  @JoinTable({ name: 'event_approach' })
  approaches: Relation<Approach[]>;

  @Column({ default: false })
  registrationEnabled: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  /** Defaults to the start of the event. */
  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  /** Null: unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ default: true })
  waitingListEnabled: boolean;

  @Column({ default: false })
  approvalRequired: boolean;

  @Column({ default: false })
  askOrganization: boolean;

  @Column({ default: false })
  askAccessibilityNeeds: boolean;

  @Column({ default: false })
  askDietaryNeeds: boolean;

  /** A free question of the organizer; null when none is asked. */
  @Column({ type: 'text', nullable: true })
  freeQuestion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  capacityNotice80At: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  capacityNotice100At: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  personalDataErasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
