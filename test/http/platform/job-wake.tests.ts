import supertest from 'supertest';
import { TEST_PASSWORD } from '../../factories/users.js';
import { submitForm } from '../../support/forms.js';
import { TestSmtpServer } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

/** A job queued by a request runs at once on the instance that queued it, not at the next poll. */
describe('jobs queued by this instance', () => {
  let test: TestApp;
  const smtp = new TestSmtpServer();

  beforeAll(async () => {
    await smtp.start();
    // Far longer than the wait below: only the wake-up on commit can deliver the mail in time.
    test = await startTestApp({ SMTP_URL: smtp.url, JOB_POLLING_SECONDS: '3600' });
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  it('sends the confirmation mail of a sign-up once its transaction commits', async () => {
    const email = 'sofort@beispiel.de';
    const response = await submitForm(
      supertest.agent(test.app.getHttpServer()),
      '/konto/registrieren',
      '/konto/registrieren',
      {
        email,
        displayName: 'Sofort',
        password: TEST_PASSWORD,
        acceptNetiquette: 'ja',
        acceptPrivacy: 'ja',
      },
    );
    expect(response.status).toBe(303);
    const mail = await smtp.waitFor(email, /bestätigen/);
    expect(mail.text).toContain('/konto/bestaetigen?token=');
  });
});
