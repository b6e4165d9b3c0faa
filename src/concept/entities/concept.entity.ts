import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The concept document itself: one row holding its title and introduction. */
@Entity()
export class Concept {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  title: string;

  @Column()
  subtitle: string;

  @Column({ type: 'date' })
  adoptedOn: string;

  @Column({ type: 'text' })
  introduction: string;
}
