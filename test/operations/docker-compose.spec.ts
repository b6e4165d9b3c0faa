import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/app-config.js';

// No Docker engine runs where the tests run: this checks the file's shape, not a running stack.
interface Service {
  image?: string;
  build?: string;
  restart?: string;
  ports?: string[];
  expose?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  healthcheck?: { test: string[] };
}

const root = process.cwd();
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { services } = compose;

/** What compose makes of `${NAME:-default}` and `${NAME:?message}` with these values set. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_match, name: string, fallback) => {
    return given[name] ?? (fallback as string | undefined) ?? '';
  });
}

describe('docker-compose.yml', () => {
  it('runs a proxy, the app, PostgreSQL 18, MinIO with its bucket set-up and a mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['app', 'db', 'mail', 'minio', 'minio-init', 'proxy'].sort(),
    );
    expect(services.db.image).toBe('postgres:18');
    expect(services.app.build).toBe('.');
  });

  it('publishes no host port on the app, so --scale app=3 does not collide', () => {
    expect(services.app.ports).toBeUndefined();
    expect(services.app.expose).toEqual(['3000']);
    const published = Object.values(services).flatMap((service) => service.ports ?? []);
    const hostPorts = published.map((port) => port.split(':').slice(0, -1).join(':'));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it('restarts every long-running service and checks its health; the app by /health', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'minio-init') {
        expect(service.restart).toBe('no');
        continue;
      }
      expect([name, service.restart]).toEqual([name, 'unless-stopped']);
      expect([name, Array.isArray(service.healthcheck?.test)]).toEqual([name, true]);
    }
    expect(services.app.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:3000/health');
    expect(services.app.depends_on).toEqual({
      db: { condition: 'service_healthy' },
      minio: { condition: 'service_healthy' },
      'minio-init': { condition: 'service_completed_successfully' },
    });
  });

  it('keeps the data in volumes and creates the upload bucket the app uses', () => {
    expect(services.db.volumes).toEqual(['db-data:/var/lib/postgresql']);
    expect(services.minio.volumes).toEqual(['uploads:/data']);
    expect(Object.keys(compose.volumes).sort()).toEqual(['db-data', 'uploads']);
    const init = (services['minio-init'] as Service & { entrypoint: string[] }).entrypoint.join(
      ' ',
    );
    expect(init).toContain('mc mb --ignore-existing "kek/$$S3_BUCKET"');
    expect(services['minio-init'].environment!.S3_BUCKET).toBe(services.app.environment!.S3_BUCKET);
  });

  it('gives the app a configuration it accepts, with secrets required from the environment', () => {
    const environment = services.app.environment!;
    expect(environment.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/);
    expect(environment.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
    const given = {
      POSTGRES_PASSWORD: 'geheim',
      SESSION_SECRET: 'x'.repeat(32),
      MINIO_ROOT_PASSWORD: 'geheim-genug',
    };
    const config = loadConfig(
      Object.fromEntries(
        Object.entries(environment).map(([name, value]) => [name, interpolate(value, given)]),
      ),
    );
    expect(config.DOCUMENT_STORAGE).toBe('s3');
    expect(config.S3_ENDPOINT).toBe('http://minio:9000');
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.DATABASE_URL).toBe('postgres://kek:geheim@db:5432/kek');
  });

  it('has the proxy forward to every app replica on port 3000', () => {
    expect(services.proxy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    const caddyfile = readFileSync(join(root, 'deploy', 'Caddyfile'), 'utf8');
    expect(caddyfile).toMatch(/reverse_proxy \{[^}]*dynamic a \{\s*name app\s*port 3000/);
    expect(services.proxy.depends_on).toEqual({ app: { condition: 'service_healthy' } });
  });
});
