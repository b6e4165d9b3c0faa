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

export const REVISION_ACTIONS = [
  'baseline',
  'created',
  'updated',
  'moved',
  'retired',
  'reactivated',
  'restored',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** One version of a concept item: what its editable fields held after a change, who made it. */
@Entity()
@Unique(['kind', 'entityId', 'version'])
@Index(['kind', 'entityId'])
export class ConceptRevision {
  @PrimaryGeneratedColumn()
  id: number;

  /** The item's kind, e.g. "approach" (see concept-kinds.ts). */
  @Column({ type: 'text' })
  kind: string;

  @Column()
  entityId: number;

  /** 1, 2, 3 … per item. */
  @Column()
  version: number;

  @Column({ type: 'enum', enum: REVISION_ACTIONS, enumName: 'revision_action' })
  action: RevisionAction;

  /** The editable fields after this change. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, string | string[] | null>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  /** The editor; null once the account is deleted (the name stays for the record). */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author: Relation<User> | null;

  @Column({ type: 'text' })
  authorName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
