import { Injectable } from '@nestjs/common';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { Slide } from '../entities/slide.entity.js';
import { slides } from './slides.data.js';

/** The home teasers on the demo database, once (text only: the county's photos are not in the seeds). */
@AsSeeder({ order: 70 })
@Injectable()
export class SlidesSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo || (await manager.count(Slide)) > 0) return;
    await manager.save(
      slides.map((slide, position) => manager.create(Slide, { ...slide, position, active: true })),
    );
  }
}
