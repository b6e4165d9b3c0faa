import { Injectable } from '@nestjs/common';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { PrioritisationRound } from '../entities/prioritisation-round.entity.js';
import { Rating } from '../entities/rating.entity.js';
import { RoundParticipant } from '../entities/round-participant.entity.js';
import { type BodyKind, HORIZONS, PRIORITIES } from '../rating-scales.js';
import { defaultScale } from '../round-scale.js';

const DAY = 24 * 60 * 60 * 1000;
const BODIES: [string, BodyKind][] = [
  ['Ausschuss für Bildung / Kultur / Sport', 'committee'],
  ['Ausschuss für Wirtschaft / Bau / Tourismus', 'committee'],
  ['Ausschuss für Soziales / Familie / Gesundheit', 'committee'],
  ['Jugendhilfeausschuss', 'committee'],
  ['Ausschuss für Naturschutz / Umwelt / Sicherheit / Ordnung', 'committee'],
  ['Kreisausschuss', 'committee'],
  ['Verwaltungsvorstand', 'administration'],
  ['Fachdienst Regionalmanagement und Europa', 'administration'],
  ['Fachdienst Bauordnung und Planung', 'administration'],
  ['Fachdienst Jugend', 'administration'],
];

/** A small deterministic generator, so the demo results look the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * On the demo database: the round of August 2018 (the county's prioritisation after the KEK was
 * adopted) with generated ratings, published and marked "Demodaten", and an open round for the
 * demo delegate. The 2018 round keeps the horizons of its time, up to 2020, 2025 and 2030 (the
 * KEK's horizon); the open round gets the defaults for its year.
 */
@AsSeeder({ order: 80 })
@Injectable()
export class DemoRoundsSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo || (await manager.count(PrioritisationRound)) > 0) return;
    const approaches = await manager.find(Approach, { order: { id: 'ASC' } });
    const now = Date.now();
    const closed = await manager.save(
      manager.create(PrioritisationRound, {
        slug: 'prioritaetensetzung-2018-demodaten',
        title: 'Prioritätensetzung der Handlungsansätze (Demodaten)',
        explanation:
          'Vertreterinnen und Vertreter der Fachausschüsse und der Verwaltung haben jeden Handlungsansatz bewertet und zeitlich eingeordnet. **Die Bewertungen dieser Runde sind erzeugte Demodaten**, nicht die Ergebnisse des Landkreises von 2018.',
        opensAt: new Date('2018-08-01T07:00:00Z'),
        closesAt: new Date('2018-08-31T16:00:00Z'),
        publishedAt: new Date('2018-09-03T08:00:00Z'),
        isDemo: true,
        scale: {
          ...defaultScale(2018),
          horizons: {
            short: 'kurzfristig (bis 2020)',
            medium: 'mittelfristig (bis 2025)',
            long: 'langfristig (bis 2030)',
            ongoing: 'Daueraufgabe',
          },
        },
        approaches,
      }),
    );
    const next = random(2018);
    for (const [body, bodyKind] of BODIES) {
      const participant = await manager.save(
        manager.create(RoundParticipant, {
          round: closed,
          user: null,
          body,
          bodyKind,
          invitedAt: closed.opensAt,
          submittedAt: closed.closesAt,
        }),
      );
      // Each approach leans to a priority of its own, so the ranking has a shape.
      await manager.insert(
        Rating,
        approaches.map((approach, index) => {
          const lean = (index * 7) % 3;
          const roll = next();
          const priority =
            roll < 0.08
              ? 'none'
              : PRIORITIES[Math.min(2, Math.floor(roll * 2.2 + lean * 0.45) % 3)];
          return {
            participantId: participant.id,
            approachId: approach.id,
            priority,
            horizon: HORIZONS[Math.floor(next() * HORIZONS.length)],
          };
        }),
      );
    }
    const delegate = await manager.findOneBy(User, { email: 'delegierte@demo.kek.example' });
    const open = await manager.save(
      manager.create(PrioritisationRound, {
        slug: 'fortschreibung-der-prioritaeten',
        title: 'Fortschreibung der Prioritäten',
        explanation:
          'Bitte bewerten Sie jeden Handlungsansatz erneut: Priorität und zeitliche Einordnung. Sie können zwischenspeichern und später weitermachen.',
        opensAt: new Date(now - DAY),
        closesAt: new Date(now + 30 * DAY),
        approaches,
      }),
    );
    if (delegate) {
      await manager.insert(RoundParticipant, {
        round: { id: open.id },
        user: { id: delegate.id },
        body: 'Ausschuss für Wirtschaft / Bau / Tourismus',
        bodyKind: 'committee',
        invitedAt: new Date(),
      });
    }
  }
}
