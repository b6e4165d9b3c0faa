import {
  Column,
  Entity,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { FieldOfAction } from './field-of-action.entity.js';
import { SubGoal } from './sub-goal.entity.js';

@Entity()
export class StrategicGoal {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => FieldOfAction, (field) => field.goals, { nullable: false, onDelete: 'CASCADE' })
  field: Relation<FieldOfAction>;

  @Column({ unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @OneToMany(() => SubGoal, (subGoal) => subGoal.goal)
  subGoals: Relation<SubGoal[]>;
}
