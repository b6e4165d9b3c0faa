import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Document } from '../../src/documents/entities/document.entity.js';
import { Event } from '../../src/events/entities/event.entity.js';
import { Registration } from '../../src/events/entities/registration.entity.js';
import { EventDocumentsService } from '../../src/events/event-documents.service.js';
import { newRegistrationToken } from '../../src/events/registration-tokens.js';
import { pdfBytes } from '../support/documents-fixtures.js';
import type { TestApp } from '../support/test-app.js';

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

/** A published event with registration open, starting in `startsInDays` (default 14). */
export async function createEvent(
  test: TestApp,
  values: Partial<Event> & { startsInDays?: number } = {},
): Promise<Event> {
  counter += 1;
  const { startsInDays = 14, ...rest } = values;
  const startsAt = new Date(Date.now() + startsInDays * DAY);
  const repository = test.app.get(DataSource).getRepository(Event);
  return repository.save(
    repository.create({
      slug: `test-veranstaltung-${counter}-${Date.now()}`,
      title: `Testforum ${counter}`,
      format: 'regional_forum',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      venueName: 'Kreisverwaltung',
      description: 'Eine Testveranstaltung.',
      status: 'published',
      registrationEnabled: true,
      capacity: null,
      waitingListEnabled: true,
      ...rest,
    }),
  );
}

/** A confirmed registration with a seat, written directly (no mail). */
export async function createRegistration(
  test: TestApp,
  event: Event,
  values: Partial<Registration> = {},
): Promise<Registration> {
  const repository = test.app.get(DataSource).getRepository(Registration);
  return repository.save(
    repository.create({
      event,
      name: 'Teilnehmerin',
      email: `teilnehmerin-${Math.random().toString(36).slice(2)}@beispiel.de`,
      status: 'seat',
      emailConfirmedAt: new Date(),
      managementToken: newRegistrationToken(),
      ...values,
    }),
  );
}

/** A small tagged PDF attached to the event through the real upload path. */
export async function attachDocument(test: TestApp, event: Event): Promise<Document> {
  const bytes = await pdfBytes({ tagged: true, language: 'de-DE' });
  const path = join(test.dataDir, `fixture-${Date.now()}.pdf`);
  writeFileSync(path, bytes);
  await test.app
    .get(EventDocumentsService)
    .attach(
      event,
      { path, originalName: 'Protokoll.pdf', size: bytes.length },
      { kind: 'minutes', title: 'Protokoll' },
    );
  return test.app
    .get(DataSource)
    .getRepository(Document)
    .findOneOrFail({ where: {}, order: { createdAt: 'DESC' } });
}
