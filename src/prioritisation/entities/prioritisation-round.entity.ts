import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';

/** A round in which delegates rate approaches (priority and time horizon). */
@Entity()
export class PrioritisationRound {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** Results are public from this moment (only after the round closed). */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Generated demo ratings: every page that shows them says "Demodaten". */
  @Column({ default: false })
  isDemo: boolean;

  @ManyToMany(() => Approach)
  @JoinTable({ name: 'round_approach' })
  approaches: Relation<Approach[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
