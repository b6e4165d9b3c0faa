import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to what, and when: role changes, moderation decisions, locks. */
@Entity()
@Index(['createdAt'])
@Index(['subjectType', 'subjectId'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's display name at the time, so the entry stays readable after renames. */
  @Column({ type: 'text' })
  actorName: string;

  @Column({ type: 'text' })
  action: string;

  /** What happened, in German, for the protocol page. */
  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  subjectId: string;

  @Column({ type: 'text', nullable: true })
  subjectLabel: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
