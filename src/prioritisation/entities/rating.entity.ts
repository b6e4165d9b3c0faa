import { Column, Entity, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';
import { HORIZONS, type Horizon, PRIORITIES, type Priority } from '../rating-scales.js';
import { RoundParticipant } from './round-participant.entity.js';

/** One delegate's rating of one approach; saved as they go, final once they submit. */
@Entity()
export class Rating {
  @PrimaryColumn()
  participantId: number;

  @PrimaryColumn()
  approachId: number;

  @ManyToOne(() => RoundParticipant, { onDelete: 'CASCADE' })
  participant: Relation<RoundParticipant>;

  @ManyToOne(() => Approach, { onDelete: 'CASCADE' })
  approach: Relation<Approach>;

  @Column({ type: 'enum', enum: PRIORITIES, enumName: 'rating_priority', nullable: true })
  priority: Priority | null;

  @Column({ type: 'enum', enum: HORIZONS, enumName: 'rating_horizon', nullable: true })
  horizon: Horizon | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
