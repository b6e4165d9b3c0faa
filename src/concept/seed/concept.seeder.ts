import { Injectable } from '@nestjs/common';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { ConceptImporter } from './concept-importer.js';
import { kek2030 } from './kek-2030.data.js';

@AsSeeder({ order: 10 })
@Injectable()
export class ConceptSeeder implements Seeder {
  async seed({ manager, log }: SeedContext): Promise<void> {
    const summary = await new ConceptImporter(manager).import(kek2030);
    if (summary.fields > 0) {
      log(`Concept imported: ${summary.fields} fields of action, ${summary.approaches} approaches`);
    }
  }
}
