import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Event } from './event.entity.js';

/**
 * seat: holds a place (until holdExpiresAt while the e-mail is unconfirmed); waiting: on the
 * waiting list; declined by the organizer; cancelled by the person; expired: never confirmed.
 */
export const REGISTRATION_STATUSES = [
  'seat',
  'waiting',
  'declined',
  'cancelled',
  'expired',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

@Entity()
@Index(['event', 'status', 'sequence'])
@Index('uq_registration_active_email', ['event', 'email'], {
  unique: true,
  where: "status IN ('seat', 'waiting')",
})
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => Event, { nullable: false, onDelete: 'CASCADE' })
  event: Relation<Event>;

  /** The order of arrival, assigned while the event row is locked: the waiting list follows it. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  sequence: string;

  @Index()
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  user: Relation<User> | null;

  /** Name, e-mail and answers are erased some time after the event; the row stays for counts. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  organization: string | null;

  @Column({ type: 'text', nullable: true })
  dietaryNeeds: string | null;

  @Column({ type: 'text', nullable: true })
  freeAnswer: string | null;

  /** Health data (Art. 9 DSGVO): only with explicit consent, erased right after the event. */
  @Column({ type: 'text', nullable: true })
  accessibilityNeeds: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  accessibilityConsentAt: Date | null;

  @Column({ default: false })
  photoConsent: boolean;

  @Column({ default: false })
  participantListConsent: boolean;

  @Column({ type: 'enum', enum: REGISTRATION_STATUSES, enumName: 'registration_status' })
  status: RegistrationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  /**
   * The secret of the link to see and cancel the registration, in every mail. Kept as it is (not
   * hashed) because each later mail carries the link again.
   */
  @Column({ type: 'text', unique: true })
  managementToken: string;

  /** SHA-256 of the confirmation link's secret; that link works only while the hold runs. */
  @Column({ type: 'text', nullable: true, unique: true })
  confirmationTokenHash: string | null;

  /** Null while approval by the organizer is pending (when the event requires it). */
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  attendedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
