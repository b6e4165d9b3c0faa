import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A page under /seiten/:slug: Projektablauf, Impressum, Datenschutz, Barrierefreiheit, … */
@Entity()
export class StaticPage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  slug: string;

  @Column()
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** Markdown, sanitized when rendered. */
  @Column({ type: 'text' })
  body: string;

  /** A self-hosted video (e.g. the sign-language version) played above the text, when provided. */
  @Column({ type: 'text', nullable: true })
  videoUrl: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
