import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Comment } from './comment.entity.js';

/** A "Zustimmung": one per user and comment (the primary key enforces it). */
@Entity()
export class CommentSupport {
  @PrimaryColumn()
  commentId: number;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  comment: Relation<Comment>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
