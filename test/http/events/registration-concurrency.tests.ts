import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../../src/common/auth/roles.js';
import { Registration } from '../../../src/events/entities/registration.entity.js';
import { RegistrationsService } from '../../../src/events/registrations.service.js';
import { createEvent } from '../../factories/events.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('registration under concurrency (real PostgreSQL)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });

  afterAll(() => test.close());

  it('gives 300 parallel registrations for 50 seats exactly 50 seats and 250 waiting places, in order', async () => {
    const dataSource = test.app.get(DataSource);
    const event = await createEvent(test, { capacity: 50, waitingListEnabled: true });
    const people: SessionUser[] = Array.from({ length: 300 }, (_, index) => ({
      id: randomUUID(),
      email: `person${index}@beispiel.de`,
      displayName: `Person ${index}`,
      roles: ['citizen'],
    }));
    // Signed-in users register confirmed at once; the accounts only need to exist.
    await dataSource.query(
      `INSERT INTO app_user (id, email, password_hash, display_name, email_confirmed_at, terms_accepted_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS p(id, email, hash, name),
         LATERAL (SELECT now() AS confirmed, now() AS accepted) t`,
      [
        people.map((p) => p.id),
        people.map((p) => p.email),
        people.map(() => 'x'),
        people.map((p) => p.displayName),
      ],
    );

    const service = test.app.get(RegistrationsService);
    const results = await Promise.all(people.map((user) => service.register(event.id, {}, user)));

    expect(results.filter((result) => result.outcome === 'seat')).toHaveLength(50);
    expect(results.filter((result) => result.outcome === 'waiting')).toHaveLength(250);
    const positions = results.flatMap((result) =>
      result.waitingPosition ? [result.waitingPosition] : [],
    );
    expect(new Set(positions).size).toBe(250);
    expect(Math.max(...positions)).toBe(250);

    const rows = await dataSource.getRepository(Registration).find({
      where: { event: { id: event.id } },
      relations: { user: true },
      order: { sequence: 'ASC' },
    });
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((row) => row.user!.id)).size).toBe(300);
    // Order of arrival: the first 50 took the seats, the rest queue behind them.
    expect(rows.slice(0, 50).every((row) => row.status === 'seat')).toBe(true);
    expect(rows.slice(50).every((row) => row.status === 'waiting')).toBe(true);
    const byUser = new Map(
      results.map((result) => [result.registration.id, result.waitingPosition]),
    );
    expect(rows.slice(50).map((row) => byUser.get(row.id))).toEqual(
      Array.from({ length: 250 }, (_, index) => index + 1),
    );
  });
});
