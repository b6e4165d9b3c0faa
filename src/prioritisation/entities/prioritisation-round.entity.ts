import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';
import { type RoundScale, berlinYear, defaultScale } from '../round-scale.js';

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

  /** The labels of its priorities and time horizons, fixed once the first rating is saved. */
  @Column({ type: 'jsonb' })
  scale: RoundScale;

  @ManyToMany(() => Approach)
  @JoinTable({ name: 'round_approach' })
  approaches: Relation<Approach[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** A round created without a scale gets the default for the year it opens in. */
  @BeforeInsert()
  protected fillScale(): void {
    this.scale ??= defaultScale(berlinYear(this.opensAt));
  }
}
