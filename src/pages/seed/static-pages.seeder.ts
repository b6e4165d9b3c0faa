import { Injectable } from '@nestjs/common';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { StaticPage } from '../entities/static-page.entity.js';
import { staticPages } from './static-pages.data.js';

/** Adds the static pages that do not exist yet; pages an editor changed stay as they are. */
@AsSeeder({ order: 20 })
@Injectable()
export class StaticPagesSeeder implements Seeder {
  async seed({ manager }: SeedContext): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(StaticPage)
      .values(staticPages.map((page) => ({ ...page, videoUrl: null })))
      .orIgnore()
      .execute();
  }
}
