import { Injectable } from '@nestjs/common';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { Article } from '../entities/article.entity.js';
import { Clipping } from '../entities/clipping.entity.js';
import { clippings } from './clippings.data.js';
import { demoArticles } from './demo-articles.data.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The county's press review always (each headline once); on the demo database also two
 * articles, one published and one scheduled.
 */
@AsSeeder({ order: 60 })
@Injectable()
export class PressSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    const known = new Set(
      (await manager.find(Clipping, { select: { headline: true } })).map(
        (clipping) => clipping.headline,
      ),
    );
    const missing = clippings.filter((clipping) => !known.has(clipping.headline));
    if (missing.length)
      await manager.save(missing.map((clipping) => manager.create(Clipping, { ...clipping })));
    if (!demo || (await manager.count(Article)) > 0) return;
    for (const article of demoArticles) {
      await manager.save(
        manager.create(Article, {
          slug: article.slug,
          title: article.title,
          teaser: article.teaser,
          body: article.body,
          status: article.daysFromNow > 0 ? 'scheduled' : 'published',
          publishAt: new Date(Date.now() + article.daysFromNow * DAY),
        }),
      );
    }
  }
}
