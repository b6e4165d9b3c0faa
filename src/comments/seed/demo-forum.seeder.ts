import { Injectable } from '@nestjs/common';
import { User } from '../../accounts/entities/user.entity.js';
import { Approach } from '../../concept/entities/approach.entity.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { Comment } from '../entities/comment.entity.js';
import { OfficialAnswer } from '../entities/official-answer.entity.js';
import { ParticipationPhase } from '../entities/participation-phase.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * On the embedded demo database: an open, pre-moderated online forum with a few comments, a reply,
 * an official answer and one comment waiting for the moderators.
 */
@AsSeeder({ order: 40 })
@Injectable()
export class DemoForumSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo || (await manager.count(ParticipationPhase)) > 0) return;
    const now = Date.now();
    const phase = await manager.save(
      manager.create(ParticipationPhase, {
        title: 'KEK-Online-Forum',
        description:
          'Diskutieren Sie die Handlungsansätze des Kreisentwicklungskonzepts: Was ist Ihnen wichtig, was fehlt, welche Projektideen haben Sie? Kommentare werden vor der Veröffentlichung von der Moderation geprüft (Netiquette).',
        startsAt: new Date(now - 14 * DAY),
        endsAt: new Date(now + 60 * DAY),
        moderationMode: 'pre',
        audience: 'everyone',
      }),
    );
    const citizen = await manager.findOneBy(User, { email: 'buergerin@demo.kek.example' });
    const delegate = await manager.findOneBy(User, { email: 'delegierte@demo.kek.example' });
    const infrastructure = await manager.findOneBy(Approach, {
      slug: 'weiterentwicklung-und-sicherung-qualitaet-infrastruktur',
    });
    const producers = await manager.findOneBy(Approach, { slug: 'vernetzung-von-produzenten' });
    if (!citizen || !delegate || !infrastructure || !producers) return;
    const write = (values: Partial<Comment>, daysAgo: number) =>
      manager.save(
        manager.create(Comment, {
          phase,
          status: 'published',
          publishedAt: new Date(now - daysAgo * DAY + 3600_000),
          ...values,
          createdAt: new Date(now - daysAgo * DAY),
        }),
      );
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
        approach: producers,
        author: citizen,
        body: 'Regionale Produkte sollten in Schulkantinen und bei Veranstaltungen des Landkreises selbstverständlich sein.',
        status: 'pending',
        publishedAt: null,
      },
      1,
    );
  }
}
