import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
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

  @OneToMany(() => RegionalFocus, (focus) => focus.region)
  focus: Relation<RegionalFocus[]>;
}
