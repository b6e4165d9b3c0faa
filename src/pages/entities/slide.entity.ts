import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Document } from '../../documents/entities/document.entity.js';

/** A teaser of the home page, managed by editors; shown as a plain list, never rotating. */
@Entity()
export class Slide {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  caption: string;

  /** A photo document with its alt text and credit; a slide may also be text only. */
  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL' })
  image: Relation<Document> | null;

  @Column({ type: 'text', nullable: true })
  linkUrl: string | null;

  @Column({ type: 'text', nullable: true })
  linkLabel: string | null;

  @Column({ default: 0 })
  position: number;

  @Column({ default: true })
  active: boolean;
}
