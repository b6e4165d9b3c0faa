import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Comment } from './comment.entity.js';

/** "Stellungnahme des Landkreises": attributed to the administration, not to a person. */
@Entity()
export class OfficialAnswer {
  @PrimaryGeneratedColumn()
  id: number;

  @OneToOne(() => Comment, (comment) => comment.officialAnswer, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn()
  comment: Relation<Comment>;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
