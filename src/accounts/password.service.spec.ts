import { loadConfig } from '../config/app-config.js';
import { PasswordService } from './password.service.js';

describe('PasswordService', () => {
  const owasp = new PasswordService(loadConfig({}));
  const fast = new PasswordService(loadConfig({ PASSWORD_HASH_COST: 'test-minimum' }));

  it("hashes with OWASP's argon2id cost by default", async () => {
    expect(await owasp.hash('Sehr-geheim-2030')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('hashes at the smallest cost only when the test-only setting is on', async () => {
    expect(await fast.hash('Sehr-geheim-2030')).toMatch(/^\$argon2id\$v=19\$m=256,t=1,p=1\$/);
  });

  it('verifies hashes of either cost under either setting', async () => {
    const cheap = await fast.hash('Sehr-geheim-2030');
    const full = await owasp.hash('Sehr-geheim-2030');
    expect(await owasp.verify(cheap, 'Sehr-geheim-2030')).toBe(true);
    expect(await fast.verify(full, 'Sehr-geheim-2030')).toBe(true);
    expect(await fast.verify(full, 'Sehr-geheim-2031')).toBe(false);
  });
});
