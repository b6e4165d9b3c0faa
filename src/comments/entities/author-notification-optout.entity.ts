import { CreateDateColumn, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';

/** Users who followed the unsubscribe link of a mail about their own comments. */
@Entity()
export class AuthorNotificationOptOut {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
