import type supertest from 'supertest';

type Agent = ReturnType<typeof supertest.agent>;

/** The CSRF token of the first form on the page. */
export function csrfToken(html: string): string {
  const match = html.match(/name="_csrf" value="([^"]+)"/);
  if (!match) throw new Error('No CSRF token on the page');
  return match[1];
}

/** GETs the page that holds the form, then POSTs the fields with that page's CSRF token. */
export async function submitForm(
  agent: Agent,
  formPage: string,
  action: string,
  fields: Record<string, string | string[]>,
) {
  const page = await agent.get(formPage).expect(200);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfToken(page.text), ...fields });
}

export async function login(agent: Agent, email: string, password: string): Promise<void> {
  const response = await submitForm(agent, '/konto/anmelden', '/konto/anmelden', {
    email,
    password,
  });
  if (response.status !== 303) {
    throw new Error(`Login of ${email} failed with ${response.status}`);
  }
}
