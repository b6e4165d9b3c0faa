import {
  Column,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { BODY_KINDS, type BodyKind } from '../rating-scales.js';
import { PrioritisationRound } from './prioritisation-round.entity.js';

/** A delegate taking part in a round, tagged with the body they represent. */
@Entity()
@Unique(['round', 'user'])
export class RoundParticipant {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @ManyToOne(() => PrioritisationRound, { nullable: false, onDelete: 'CASCADE' })
  round: Relation<PrioritisationRound>;

  /** Null once the delegate's account is deleted; the ratings stay, anonymous. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  user: Relation<User> | null;

  /** e.g. "Ausschuss für Bildung / Kultur / Sport" or "Fachdienst Regionalmanagement". */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: BODY_KINDS, enumName: 'body_kind' })
  bodyKind: BodyKind;

  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
