import {
  Column,
  Entity,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import {
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
} from '../../implementation/implementation-status.js';
import { CrossCuttingTheme } from './cross-cutting-theme.entity.js';
import { Measure } from './measure.entity.js';
import { SubGoal } from './sub-goal.entity.js';

@Entity()
export class Approach {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => SubGoal, (subGoal) => subGoal.approaches, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  subGoal: Relation<SubGoal>;

  @Column({ unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  /** Set by editors; shown on the approach page and filterable on /kek. */
  @Column({
    type: 'enum',
    enum: IMPLEMENTATION_STATUSES,
    enumName: 'implementation_status',
    default: 'not_started',
  })
  implementationStatus: ImplementationStatus;

  @OneToMany(() => Measure, (measure) => measure.approach)
  measures: Relation<Measure[]>;

  @ManyToMany(() => CrossCuttingTheme, (theme) => theme.approaches)
  @JoinTable({ name: 'approach_theme' })
  themes: Relation<CrossCuttingTheme[]>;
}
