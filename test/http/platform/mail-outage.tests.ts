import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { TEST_PASSWORD } from '../../factories/users.js';
import { submitForm } from '../../support/forms.js';
import { TestSmtpServer } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('mail survives an SMTP outage', () => {
  let test: TestApp;
  const smtp = new TestSmtpServer();

  beforeAll(async () => {
    await smtp.start();
    await smtp.stop();
    test = await startTestApp({ SMTP_URL: smtp.url });
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  it('queues the confirmation while the server is down and delivers it once it is back', async () => {
    const email = 'geduldig@beispiel.de';
    const response = await submitForm(
      supertest.agent(test.app.getHttpServer()),
      '/konto/registrieren',
      '/konto/registrieren',
      {
        email,
        displayName: 'Geduldig',
        password: TEST_PASSWORD,
        acceptNetiquette: 'ja',
        acceptPrivacy: 'ja',
      },
    );
    expect(response.status).toBe(303);

    // The worker has tried and failed at least once: pg-boss counts the retry.
    await failedAttempt(test.app.get(DataSource));
    expect(smtp.received).toHaveLength(0);

    await smtp.start();
    const mail = await smtp.waitFor(email, /bestätigen/, 30_000);
    expect(mail.text).toContain('/konto/bestaetigen?token=');
    expect(smtp.received).toHaveLength(1);
  }, 45_000);
});

async function failedAttempt(dataSource: DataSource): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [job] = await dataSource.query<{ retryCount: number }[]>(
      `SELECT retry_count AS "retryCount" FROM pgboss.job WHERE name = 'mail.send'`,
    );
    if (job && job.retryCount >= 1) return;
    if (Date.now() > deadline) throw new Error('The mail worker made no attempt within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
