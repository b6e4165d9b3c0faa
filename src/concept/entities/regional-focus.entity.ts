import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { FieldOfAction } from './field-of-action.entity.js';
import { Region } from './region.entity.js';

/** What a field of action concentrates on in one region. */
@Entity()
@Unique(['field', 'region'])
export class RegionalFocus {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => FieldOfAction, (field) => field.regionalFocus, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  field: Relation<FieldOfAction>;

  @ManyToOne(() => Region, (region) => region.focus, { nullable: false, onDelete: 'CASCADE' })
  region: Relation<Region>;

  @Column({ type: 'text' })
  body: string;

  @Column()
  position: number;
}
