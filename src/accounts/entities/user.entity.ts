import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '../../common/auth/roles.js';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored in lower case; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  /** The only thing ever shown publicly; a pseudonym is fine. */
  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', array: true, default: '{citizen}' })
  roles: Role[];

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** When the user accepted the Netiquette and the privacy notice. */
  @Column({ type: 'timestamptz' })
  termsAcceptedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
