import { Injectable } from '@nestjs/common';
import { FieldOfAction } from '../../concept/entities/field-of-action.entity.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { Contact } from '../entities/contact.entity.js';
import { StaticPage } from '../entities/static-page.entity.js';

/** On the demo database, once: a clearly fictitious contact on the Projektablauf page and the first field. */
@AsSeeder({ order: 75 })
@Injectable()
export class DemoContactsSeeder implements Seeder {
  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo || (await manager.count(Contact)) > 0) return;
    // One after the other: the seed's transaction is one connection.
    const pages = await manager.findBy(StaticPage, { slug: 'projektablauf' });
    const fields = await manager.find(FieldOfAction, { order: { position: 'ASC' }, take: 1 });
    await manager.save(
      manager.create(Contact, {
        name: 'Regionalmanagement (Demo)',
        function: 'Ansprechpartner für das KEK 2030 (Demodaten)',
        department: 'Fachdienst Regionalmanagement und Europa',
        address: 'Musterstraße 1\n12345 Beispielstadt',
        phone: '01234 567-890',
        email: 'regionalmanagement@demo.kek.example',
        pages,
        fields,
        events: [],
      }),
    );
  }
}
