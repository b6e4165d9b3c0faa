import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Article } from './article.entity.js';

/** One change of an article: who, when, which fields, and the text as it was afterwards. */
@Entity()
@Index(['article', 'createdAt'])
export class ArticleRevision {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Article, { nullable: false, onDelete: 'CASCADE' })
  article: Relation<Article>;

  @Column({ type: 'uuid', nullable: true })
  editorId: string | null;

  @Column({ type: 'text' })
  editorName: string;

  /** German description, e.g. "Titel, Text geändert" or "veröffentlicht". */
  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb' })
  snapshot: { title: string; teaser: string; body: string; status: string };

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
