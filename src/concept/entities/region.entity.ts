import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Retirement } from './retirement.embedded.js';
import { RegionalFocus } from './regional-focus.entity.js';

/** A Teilraum of the district. */
@Entity()
export class Region {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  title: string;

  @Column()
  position: number;

  @Column(() => Retirement, { prefix: 'retired' })
  retirement: Retirement;

  @OneToMany(() => RegionalFocus, (focus) => focus.region)
  focus: Relation<RegionalFocus[]>;
}
