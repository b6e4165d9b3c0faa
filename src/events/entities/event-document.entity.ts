import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Document } from '../../documents/entities/document.entity.js';
import { Event } from './event.entity.js';

/** A document (protocol, presentation, photo) attached to an event, in the organizer's order. */
@Entity()
export class EventDocument {
  @PrimaryColumn()
  eventId: number;

  @PrimaryColumn('uuid')
  documentId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  event: Relation<Event>;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Relation<Document>;

  @Column()
  position: number;
}
