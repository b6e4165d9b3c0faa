import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Event } from './event.entity.js';

/** seat: everyone with a seat; waiting: the waiting list; all: both. */
export const MESSAGE_RECIPIENT_GROUPS = ['seat', 'waiting', 'all'] as const;
export type MessageRecipientGroup = (typeof MESSAGE_RECIPIENT_GROUPS)[number];

/** A message an organizer sent to the people registered for an event: the record of what went out. */
@Entity()
export class EventMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @ManyToOne(() => Event, { nullable: false, onDelete: 'CASCADE' })
  event: Relation<Event>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  sentBy: Relation<User> | null;

  /** Kept as it was when sent, so the record still names the sender after the account is gone. */
  @Column({ type: 'text' })
  senderName: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'enum', enum: MESSAGE_RECIPIENT_GROUPS, enumName: 'event_message_recipients' })
  recipientGroup: MessageRecipientGroup;

  @Column()
  recipientCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
