import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];
export const AUDIENCES = ['everyone', 'youth'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A period in which the online forum is open, e.g. "KEK-Online-Forum", 1 July – 15 September. */
@Entity()
@Index(['startsAt', 'endsAt'])
export class ParticipationPhase {
  @PrimaryGeneratedColumn()
  id: number;

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

  /** The youth forum's pages say "du" and use simpler words. */
  @Column({ type: 'enum', enum: AUDIENCES, enumName: 'phase_audience', default: 'everyone' })
  audience: Audience;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
