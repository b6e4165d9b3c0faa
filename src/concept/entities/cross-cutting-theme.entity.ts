import { Column, Entity, ManyToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { Approach } from './approach.entity.js';

@Entity()
export class CrossCuttingTheme {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @ManyToMany(() => Approach, (approach) => approach.themes)
  approaches: Relation<Approach[]>;
}
