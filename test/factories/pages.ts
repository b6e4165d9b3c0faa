import { DataSource } from 'typeorm';
import { Contact } from '../../src/pages/entities/contact.entity.js';
import { StaticPage } from '../../src/pages/entities/static-page.entity.js';
import type { TestApp } from '../support/test-app.js';

let counter = 0;

export async function createStaticPage(
  test: TestApp,
  values: Partial<StaticPage> = {},
): Promise<StaticPage> {
  counter += 1;
  const repository = test.app.get(DataSource).getRepository(StaticPage);
  return repository.save(
    repository.create({
      slug: `testseite-${counter}-${Date.now()}`,
      title: `Testseite ${counter}`,
      summary: 'Eine Seite für den Test.',
      body: 'Der Text der Testseite.',
      videoUrl: null,
      ...values,
    }),
  );
}

/** A contact shown nowhere unless `pages`, `fields` or `events` are given. */
export async function createContact(
  test: TestApp,
  values: Partial<Contact> = {},
): Promise<Contact> {
  counter += 1;
  const repository = test.app.get(DataSource).getRepository(Contact);
  return repository.save(
    repository.create({
      name: `Ansprechpartnerin ${counter}`,
      function: null,
      department: 'Fachdienst Test',
      address: null,
      phone: null,
      email: null,
      pages: [],
      fields: [],
      events: [],
      ...values,
    }),
  );
}
