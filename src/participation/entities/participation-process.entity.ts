import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';

export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];
export const AUDIENCES = ['everyone', 'youth'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** What a process discusses: the whole KEK, chosen fields of action, or chosen approaches. */
export const PROCESS_SCOPES = ['concept', 'fields', 'approaches'] as const;
export type ProcessScope = (typeof PROCESS_SCOPES)[number];

/**
 * A "Beteiligungsverfahren" such as the KEK-Online-Forum or a youth forum: its own audience,
 * topics and period. Any number may be open at once; each comment belongs to one.
 */
@Entity()
@Index(['startsAt', 'endsAt'])
export class ParticipationProcess {
  @PrimaryGeneratedColumn()
  id: number;

  /** From the title when the process is created; never changes (its public address). */
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** Pre-moderation: nothing is public before a moderator approves it. */
  @Column({ type: 'enum', enum: MODERATION_MODES, enumName: 'moderation_mode', default: 'pre' })
  moderationMode: ModerationMode;

  /** A youth process says "du" and uses simpler words on its pages and in its mails. */
  @Column({ type: 'enum', enum: AUDIENCES, enumName: 'process_audience', default: 'everyone' })
  audience: Audience;

  @Column({ type: 'enum', enum: PROCESS_SCOPES, enumName: 'process_scope', default: 'concept' })
  scope: ProcessScope;

  /** With scope "fields": every approach of these fields. */
  @ManyToMany(() => FieldOfAction)
  @JoinTable({ name: 'participation_process_field' })
  fields: Relation<FieldOfAction[]>;

  /** With scope "approaches": exactly these approaches. */
  @ManyToMany(() => Approach)
  @JoinTable({ name: 'participation_process_approach' })
  approaches: Relation<Approach[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
