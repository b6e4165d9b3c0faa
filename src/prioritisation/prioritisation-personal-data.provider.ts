import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AsPersonalDataProvider, type PersonalDataProvider } from '../accounts/personal-data.js';
import type { Horizon, Priority } from './rating-scales.js';
import type { RoundScale } from './round-scale.js';

/** A delegate's ratings; when the account goes, they stay anonymous in the results (FK set null). */
@AsPersonalDataProvider()
@Injectable()
export class PrioritisationPersonalData implements PersonalDataProvider {
  readonly exportKey = 'prioritaetensetzung';

  constructor(private readonly dataSource: DataSource) {}

  async export(userId: string) {
    const rows = await this.dataSource.query<
      {
        round: string;
        body: string;
        approach: string;
        scale: RoundScale;
        priority: Priority | null;
        horizon: Horizon | null;
      }[]
    >(
      `SELECT r.title AS round, r.scale, p.body, a.title AS approach, rt.priority, rt.horizon
       FROM round_participant p JOIN prioritisation_round r ON r.id = p.round_id
       LEFT JOIN rating rt ON rt.participant_id = p.id LEFT JOIN approach a ON a.id = rt.approach_id
       WHERE p.user_id = $1 ORDER BY r.id, a.id`,
      [userId],
    );
    return rows.map((row) => ({
      runde: row.round,
      vertreten: row.body,
      handlungsansatz: row.approach,
      prioritaet: row.priority ? row.scale.priorities[row.priority] : null,
      zeithorizont: row.horizon ? row.scale.horizons[row.horizon] : null,
    }));
  }

  async erase(): Promise<void> {
    // The foreign key detaches the participation from the account; the ratings count on anonymously.
  }
}
