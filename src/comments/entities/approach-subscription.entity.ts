import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';

/** Someone who wants new published comments on an approach in a daily digest. */
@Entity()
export class ApproachSubscription {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn()
  approachId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @ManyToOne(() => Approach, { onDelete: 'CASCADE' })
  approach: Relation<Approach>;

  /** Comments published after this moment go into the next digest. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  notifiedUntil: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
