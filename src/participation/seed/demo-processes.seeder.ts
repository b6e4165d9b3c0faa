import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Approach } from '../../concept/entities/approach.entity.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { ParticipationProcess } from '../entities/participation-process.entity.js';

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_FORUM_SLUG = 'kek-online-forum';
export const DEMO_YOUTH_SLUG = 'jugendforum-mobil-auf-dem-land';

/**
 * On the embedded demo database: two processes open at once over overlapping approaches: the
 * county's pre-moderated online forum on the whole concept, and a youth forum on getting around
 * (linked to the youth forum event by the events seed). Processes that exist (by slug) stay as
 * they are.
 */
@AsSeeder({ order: 35 })
@Injectable()
export class DemoProcessesSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo) return;
    const now = Date.now();
    if (!(await manager.existsBy(ParticipationProcess, { slug: DEMO_FORUM_SLUG }))) {
      await manager.save(
        manager.create(ParticipationProcess, {
          slug: DEMO_FORUM_SLUG,
          title: 'KEK-Online-Forum',
          description:
            'Diskutieren Sie die Handlungsansätze des Kreisentwicklungskonzepts: Was ist Ihnen wichtig, was fehlt, welche Projektideen haben Sie? Kommentare werden vor der Veröffentlichung von der Moderation geprüft (Netiquette).',
          startsAt: new Date(now - 14 * DAY),
          endsAt: new Date(now + 60 * DAY),
          moderationMode: 'pre',
          audience: 'everyone',
          scope: 'concept',
        }),
      );
    }
    if (!(await manager.existsBy(ParticipationProcess, { slug: DEMO_YOUTH_SLUG }))) {
      const approaches = await manager.findBy(Approach, {
        slug: In([
          'sicherung-bedarfsgerechter-verkehrlicher-verbindungen',
          'weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet',
          'lebensbedingungen-fuer-kinder-jugendliche-und-eltern',
        ]),
      });
      await manager.save(
        manager.create(ParticipationProcess, {
          slug: DEMO_YOUTH_SLUG,
          title: 'Jugendforum: Mobil auf dem Land',
          description:
            'Bus, Rad, Mitfahrbank oder Rufbus: Wie kommst du zur Schule, zum Training oder zu deinen Freunden? Schreib uns, was gut klappt und was fehlt. Deine Ideen nehmen wir mit ins Jugendforum vor Ort und in die Umsetzung des KEK.\n\n*Dies ist ein Demo-Verfahren des Beteiligungsportals.*',
          startsAt: new Date(now - 3 * DAY),
          endsAt: new Date(now + 42 * DAY),
          moderationMode: 'post',
          audience: 'youth',
          scope: 'approaches',
          approaches,
        }),
      );
    }
  }
}
