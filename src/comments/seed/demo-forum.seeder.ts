import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { AsSeeder, type SeedContext, type Seeder, eachInTurn } from '../../database/seeder.js';
import { ParticipationProcess } from '../../participation/entities/participation-process.entity.js';
import {
  DEMO_FORUM_SLUG,
  DEMO_YOUTH_SLUG,
} from '../../participation/seed/demo-processes.seeder.js';
import { Comment } from '../entities/comment.entity.js';
import { OfficialAnswer } from '../entities/official-answer.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * On the embedded demo database, a few comments in each demo process that has none yet: in the
 * online forum a reply, an official answer and one comment waiting for the moderators; in the
 * youth forum comments on the same mobility approach the adults discuss, in their own thread,
 * and an official answer in simple words.
 */
@AsSeeder({ order: 40 })
@Injectable()
export class DemoForumSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo) return;
    const [forum, youth] = await eachInTurn([DEMO_FORUM_SLUG, DEMO_YOUTH_SLUG], (slug) =>
      manager.findOneBy(ParticipationProcess, { slug }),
    );
    const [citizen, delegate, young] = await eachInTurn(
      ['buergerin', 'delegierte', 'jugend'],
      (name) => manager.findOneBy(User, { email: `${name}@demo.kek.example` }),
    );
    const [infrastructure, producers, transport, youthLife] = await eachInTurn(
      [
        'weiterentwicklung-und-sicherung-qualitaet-infrastruktur',
        'vernetzung-von-produzenten',
        'weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet',
        'lebensbedingungen-fuer-kinder-jugendliche-und-eltern',
      ],
      (slug) => manager.findOneBy(Approach, { slug }),
    );
    if (!citizen || !delegate || !young) return;
    if (!infrastructure || !producers || !transport || !youthLife) return;
    if (forum && !(await manager.existsBy(Comment, { process: { id: forum.id } }))) {
      const write = writer(manager, forum);
      const broadband = await write(
        {
          approach: infrastructure,
          author: citizen,
          body: 'Bei uns im Dorf reicht das Internet nicht einmal für eine Videokonferenz. Der Breitbandausbau sollte die kleinen Ortsteile zuerst erreichen, nicht zuletzt.',
          supportCount: 4,
        },
        10,
      );
      await write(
        {
          approach: infrastructure,
          author: delegate,
          parent: broadband,
          body: 'Das sehe ich genauso. Ohne schnelles Internet ziehen gerade junge Familien nicht aufs Land.',
        },
        9,
      );
      await manager.insert(OfficialAnswer, {
        comment: broadband,
        body: 'Vielen Dank für den Hinweis. Der Landkreis setzt den geförderten Breitbandausbau in mehreren Clustern um; unterversorgte Ortsteile haben dabei Vorrang. Den aktuellen Stand finden Sie auf der Seite des Landkreises zum Breitbandausbau.',
      });
      await write(
        {
          approach: infrastructure,
          author: citizen,
          body: 'Bitte auch an die Radwege zwischen den Dörfern denken – viele Schulwege führen über die Landstraße.',
          supportCount: 2,
        },
        6,
      );
      await write(
        {
          approach: producers,
          author: delegate,
          body: 'Ein gemeinsamer Hofladen-Verbund mit Online-Bestellung würde vielen kleinen Betrieben helfen.',
          supportCount: 1,
        },
        4,
      );
      await write(
        {
          approach: transport,
          author: citizen,
          body: 'Der Rufbus ist eine gute Idee, aber er muss auch abends und am Wochenende fahren, sonst bleibt man ohne Auto doch zu Hause.',
          supportCount: 3,
        },
        3,
      );
      await write(
        {
          approach: producers,
          author: citizen,
          body: 'Regionale Produkte sollten in Schulkantinen und bei Veranstaltungen des Landkreises selbstverständlich sein.',
          status: 'pending',
          publishedAt: null,
        },
        1,
      );
    }
    if (youth && !(await manager.existsBy(Comment, { process: { id: youth.id } }))) {
      const write = writer(manager, youth);
      const lastBus = await write(
        {
          approach: transport,
          author: young,
          body: 'Der letzte Bus aus der Stadt fährt bei uns um 18 Uhr. Nach dem Training komm ich nur nach Hause, wenn mich jemand abholt.',
          supportCount: 5,
        },
        2,
      );
      await manager.insert(OfficialAnswer, {
        comment: lastBus,
        body: 'Danke für deinen Hinweis! Genau darüber wollen wir beim Jugendforum in Parchim reden: Wann braucht ihr Busse, und wäre ein Rufbus am Abend eine Lösung für dich?',
      });
      await write(
        {
          approach: youthLife,
          author: young,
          body: 'Es gibt bei uns keinen Ort, wo man sich abends treffen kann, ohne etwas kaufen zu müssen. Ein Jugendraum im Dorf wäre cool.',
          supportCount: 2,
        },
        1,
      );
    }
  }
}

function writer(manager: EntityManager, process: ParticipationProcess) {
  const now = Date.now();
  return (values: Partial<Comment>, daysAgo: number) =>
    manager.save(
      manager.create(Comment, {
        process,
        status: 'published',
        publishedAt: new Date(now - daysAgo * DAY + 3600_000),
        ...values,
        createdAt: new Date(now - daysAgo * DAY),
      }),
    );
}
