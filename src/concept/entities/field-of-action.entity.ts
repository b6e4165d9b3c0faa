import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { RegionalFocus } from './regional-focus.entity.js';
import { StrategicGoal } from './strategic-goal.entity.js';
import { SwotItem } from './swot-item.entity.js';

@Entity()
export class FieldOfAction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  numeral: string;

  @Column()
  title: string;

  @Column({ type: 'text', array: true, default: '{}' })
  topics: string[];

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @OneToMany(() => StrategicGoal, (goal) => goal.field)
  goals: Relation<StrategicGoal[]>;

  @OneToMany(() => SwotItem, (item) => item.field)
  swotItems: Relation<SwotItem[]>;

  @OneToMany(() => RegionalFocus, (focus) => focus.field)
  regionalFocus: Relation<RegionalFocus[]>;
}
