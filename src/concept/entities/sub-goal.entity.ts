import {
  Column,
  Entity,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { Approach } from './approach.entity.js';
import { StrategicGoal } from './strategic-goal.entity.js';

@Entity()
export class SubGoal {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => StrategicGoal, (goal) => goal.subGoals, { nullable: false, onDelete: 'CASCADE' })
  goal: Relation<StrategicGoal>;

  @Column({ unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true, default: '{}' })
  legalBases: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  footnotes: string[];

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @OneToMany(() => Approach, (approach) => approach.subGoal)
  approaches: Relation<Approach[]>;
}
