import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Comment } from './comment.entity.js';

export const REPORT_REASONS = {
  insult: 'Beleidigung oder Herabwürdigung',
  discrimination: 'Diskriminierung oder Hetze',
  spam: 'Werbung oder Spam',
  personal: 'Persönliche Daten anderer',
  offtopic: 'Kein Bezug zum Handlungsansatz',
  other: 'Anderer Grund',
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

@Entity()
@Unique(['comment', 'reporter'])
@Index(['comment', 'resolvedAt'])
export class CommentReport {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Comment, { nullable: false, onDelete: 'CASCADE' })
  comment: Relation<Comment>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  reporter: Relation<User> | null;

  @Column({ type: 'text' })
  reason: ReportReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
