import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { FieldOfAction } from './field-of-action.entity.js';

export const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotKind = (typeof SWOT_KINDS)[number];

@Entity()
@Index(['field', 'kind', 'position'])
export class SwotItem {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => FieldOfAction, (field) => field.swotItems, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  field: Relation<FieldOfAction>;

  @Column({ type: 'enum', enum: SWOT_KINDS, enumName: 'swot_kind' })
  kind: SwotKind;

  /** Markdown: **bold** keeps the emphasis of the concept document. */
  @Column({ type: 'text' })
  text: string;

  @Column()
  position: number;
}
