import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { COMMENT_STATUSES, type CommentStatus } from '../comment-state.js';
import { ParticipationProcess } from '../../participation/entities/participation-process.entity.js';
import { OfficialAnswer } from './official-answer.entity.js';

@Entity()
@Index(['approach', 'status', 'createdAt'])
@Index(['approach', 'status', 'supportCount'])
@Index(['parent'])
@Index(['status', 'createdAt'])
@Index(['process', 'approach'])
export class Comment {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Approach, { nullable: false, onDelete: 'CASCADE' })
  approach: Relation<Approach>;

  /** The discussion it belongs to: comments of different processes never mix. */
  @ManyToOne(() => ParticipationProcess, { nullable: false, onDelete: 'RESTRICT' })
  process: Relation<ParticipationProcess>;

  /** Null once the author deleted their account: the comment then shows "gelöschtes Konto". */
  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  author: Relation<User> | null;

  /** Replies go one level deep. */
  @ManyToOne(() => Comment, { nullable: true, onDelete: 'CASCADE' })
  parent: Relation<Comment> | null;

  /** Plain text, never HTML; emptied when the author deletes the comment. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: COMMENT_STATUSES, enumName: 'comment_status' })
  status: CommentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  deletedByAuthorAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  supportCount: number;

  /** Reports not yet decided by a moderator. */
  @Column({ type: 'integer', default: 0 })
  openReportCount: number;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToOne(() => OfficialAnswer, (answer) => answer.comment)
  officialAnswer: Relation<OfficialAnswer> | null;
}
