import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('uses sensible defaults for a newcomer', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('reads and converts values from the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://kek:secret@db:5432/kek',
      SESSION_SECRET: 'x'.repeat(32),
      TRUST_PROXY: 'true',
    });
    expect(config.PORT).toBe(8080);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.usesEmbeddedDatabase).toBe(false);
  });

  it('allows demo data only on the embedded database outside production', () => {
    expect(loadConfig({}).allowsDemoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).allowsDemoData).toBe(false);
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://kek:secret@db:5432/kek',
        SESSION_SECRET: 'x'.repeat(32),
      }).allowsDemoData,
    ).toBe(false);
  });

  it('hashes passwords at full cost unless a test run asks otherwise, and never in production', () => {
    expect(loadConfig({}).PASSWORD_HASH_COST).toBe('owasp');
    expect(loadConfig({ PASSWORD_HASH_COST: 'test-minimum' }).PASSWORD_HASH_COST).toBe(
      'test-minimum',
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', PASSWORD_HASH_COST: 'test-minimum' }),
    ).toThrow(/PASSWORD_HASH_COST=test-minimum: not allowed with NODE_ENV=production/);
  });

  it('requires a session secret with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://kek:secret@db:5432/kek' })).toThrow(
      /SESSION_SECRET: required/,
    );
  });

  it('runs one process unless told otherwise; several only on a shared database', () => {
    expect(loadConfig({}).WEB_CONCURRENCY).toBe(1);
    expect(() => loadConfig({ WEB_CONCURRENCY: '2' })).toThrow(
      /WEB_CONCURRENCY: more than 1 needs DATABASE_URL/,
    );
    const shared = {
      DATABASE_URL: 'postgres://kek:secret@db:5432/kek',
      SESSION_SECRET: 'x'.repeat(32),
    };
    expect(loadConfig({ ...shared, WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2);
    expect(() => loadConfig({ ...shared, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/);
  });

  it('keeps uploads on the local disk unless S3 is chosen, and then needs a bucket', () => {
    expect(loadConfig({}).DOCUMENT_STORAGE).toBe('local');
    expect(() => loadConfig({ DOCUMENT_STORAGE: 's3' })).toThrow(/S3_BUCKET: required/);
    const config = loadConfig({
      DOCUMENT_STORAGE: 's3',
      S3_BUCKET: 'kek-uploads',
      S3_ENDPOINT: 'http://minio:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.S3_FORCE_PATH_STYLE).toBe(true);
    expect(() => loadConfig({ S3_ACCESS_KEY_ID: 'kek' })).toThrow(/set both or neither/);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/kek'],
    ['TRUST_PROXY', 'vielleicht'],
    ['DOCUMENT_STORAGE', 'ftp'],
    ['S3_BUCKET', 'Kek_Uploads'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration:\\n\\s+${name}=`),
    );
  });
});
