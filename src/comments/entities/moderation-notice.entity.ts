import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When moderators were last told that items wait (one row), so each item is announced once. */
@Entity()
export class ModerationNotice {
  @PrimaryColumn()
  id: number;

  @Column({ type: 'timestamptz' })
  lastSentAt: Date;
}
