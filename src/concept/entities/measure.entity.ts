import {
  Column,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { Approach } from './approach.entity.js';
import { ProjectExample } from './project-example.entity.js';

@Entity()
@Index(['approach', 'position'])
export class Measure {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Approach, (approach) => approach.measures, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  approach: Relation<Approach>;

  @Column({ type: 'text' })
  text: string;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @OneToMany(() => ProjectExample, (project) => project.measure)
  projects: Relation<ProjectExample[]>;
}
