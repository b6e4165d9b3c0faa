import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type AccountSection,
  AsPersonalDataProvider,
  type PersonalDataProvider,
} from '../accounts/personal-data.js';
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

  /** The rounds the person rates in, with how far they got; read-only, the links lead on. */
  async overview(userId: string): Promise<AccountSection[]> {
    const rows = await this.dataSource.query<
      {
        slug: string;
        title: string;
        body: string;
        opens_at: Date;
        closes_at: Date;
        published_at: Date | null;
        submitted_at: Date | null;
        rated: number;
        total: number;
      }[]
    >(
      `SELECT r.slug, r.title, p.body, r.opens_at, r.closes_at, r.published_at, p.submitted_at,
              (SELECT count(*)::int FROM rating rt WHERE rt.participant_id = p.id AND rt.priority IS NOT NULL) AS rated,
              (SELECT count(*)::int FROM round_approach ra WHERE ra.prioritisation_round_id = r.id) AS total
       FROM round_participant p JOIN prioritisation_round r ON r.id = p.round_id
       WHERE p.user_id = $1 ORDER BY r.closes_at DESC`,
      [userId],
    );
    const now = new Date();
    return [
      {
        id: 'bewertungen',
        title: 'Meine Bewertungen (Prioritätensetzung)',
        empty: 'Sie nehmen an keiner Prioritätensetzung teil.',
        order: 40,
        items: rows.map((row) => {
          const open = row.opens_at <= now && row.closes_at > now;
          return {
            title: row.title,
            url:
              row.published_at && row.published_at <= now
                ? `/prioritaeten/${row.slug}`
                : `/prioritaeten/bewerten/${row.slug}`,
            state: row.submitted_at
              ? 'endgültig abgesendet'
              : open
                ? 'offen'
                : row.opens_at > now
                  ? 'noch nicht begonnen'
                  : 'beendet',
            detail: `Für ${row.body}: ${row.rated} von ${row.total} Handlungsansätzen bewertet`,
          };
        }),
      },
    ];
  }

  async erase(): Promise<void> {
    // The foreign key detaches the participation from the account; the ratings count on anonymously.
  }
}
