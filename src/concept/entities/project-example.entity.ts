import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { Measure } from './measure.entity.js';

export const PROJECT_EXAMPLE_KINDS = ['running', 'idea'] as const;
export type ProjectExampleKind = (typeof PROJECT_EXAMPLE_KINDS)[number];

/** A running project (❖) or a project idea (💡) standing under a measure. */
@Entity()
@Index(['measure', 'position'])
export class ProjectExample {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Measure, (measure) => measure.projects, { nullable: false, onDelete: 'CASCADE' })
  measure: Relation<Measure>;

  @Column({ type: 'enum', enum: PROJECT_EXAMPLE_KINDS, enumName: 'project_example_kind' })
  kind: ProjectExampleKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;
}
