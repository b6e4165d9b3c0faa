import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Everything the app reads from the environment, validated once at start-up. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * Processes that serve the portal on PORT, each a whole instance on the shared database (one
   * per CPU core is usual in production); more than one needs DATABASE_URL.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY = 1;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'must be a postgres:// URL, e.g. postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  BASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32)
  SESSION_SECRET?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'KEK 2030 – Beteiligungsportal <beteiligung@localhost>';

  /** Where replies to mails that invite them go (a staffed mailbox); MAIL_FROM when unset. */
  @IsOptional()
  @IsString()
  MAIL_REPLY_TO?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_RETRY_DELAY_SECONDS = 30;

  /** Mails one instance sends at the same time. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_CONCURRENCY = 4;

  @Transform(toNumber)
  @IsNumber()
  @Min(0.5)
  JOB_POLLING_SECONDS = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  COMMENT_REPORT_THRESHOLD = 3;

  /**
   * argon2id's cost for new password hashes: OWASP's, or for test runs only `test-minimum` (insecure,
   * about 50 times less CPU per sign-up). Refused with NODE_ENV=production.
   */
  @IsIn(['owasp', 'test-minimum'])
  PASSWORD_HASH_COST: 'owasp' | 'test-minimum' = 'owasp';

  /**
   * How long an unconfirmed event registration holds its seat (and its confirmation link works):
   * short, so that made-up addresses cannot block seats for long.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REGISTRATION_HOLD_MINUTES = 10;

  /** Days after an event when the registrations' personal data is erased. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REGISTRATION_RETENTION_DAYS = 90;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * `npm run dev`: templates and static files are read anew on every request and not cached, and
   * no page is kept in memory. Everything else, `npm start` included, runs with production speed.
   */
  @Transform(toBoolean)
  @IsBoolean()
  LIVE_RELOAD = false;

  /** Memory for rendered public pages per instance (least recently used go first); 0 turns it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  PAGE_CACHE_MB = 64;

  /**
   * Keeps the concept tree, the participation processes and the results of closed prioritisation
   * rounds in memory, dropped on every content change (tests turn it off: they write through
   * repositories and read at once, before the change notification arrives).
   */
  @Transform(toBoolean)
  @IsBoolean()
  CONTENT_IN_MEMORY = true;

  /** Where uploaded files live: `local` (DATA_DIR/uploads) or `s3` (shared by every instance). */
  @IsIn(['local', 's3'])
  DOCUMENT_STORAGE: 'local' | 's3' = 'local';

  /** An S3-compatible server (MinIO, Ceph, …); without it the AWS endpoint of S3_REGION. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid bucket name' })
  S3_BUCKET?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Without a key pair the AWS SDK's own chain applies (environment, instance role, …). */
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** MinIO and most self-hosted servers need `true` (bucket in the path, not in the host name). */
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  @IsString()
  PORTAL_NAME = 'KEK 2030 – Beteiligungsportal';

  @IsString()
  DISTRICT_NAME = 'Landkreis Ludwigslust-Parchim';

  /** Served over HTTPS (behind a proxy): HSTS and upgrade-insecure-requests follow the address, not NODE_ENV. */
  get servesHttps(): boolean {
    return this.publicBaseUrl.startsWith('https:');
  }

  get replyToAddress(): string {
    return this.MAIL_REPLY_TO ?? this.MAIL_FROM;
  }

  get publicBaseUrl(): string {
    return (this.BASE_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  /** The embedded demo database runs only when no external database is configured. */
  get usesEmbeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  /**
   * Demo accounts (their password is published) and demo content only on the embedded database
   * outside production: never where real users are.
   */
  get allowsDemoData(): boolean {
    return this.usesEmbeddedDatabase && this.NODE_ENV !== 'production';
  }
}

export class ConfigError extends Error {}

const CONFIG_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'WEB_CONCURRENCY',
  'DATABASE_URL',
  'DATA_DIR',
  'BASE_URL',
  'SESSION_SECRET',
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_REPLY_TO',
  'MAIL_RETRY_DELAY_SECONDS',
  'MAIL_CONCURRENCY',
  'JOB_POLLING_SECONDS',
  'COMMENT_REPORT_THRESHOLD',
  'PASSWORD_HASH_COST',
  'REGISTRATION_HOLD_MINUTES',
  'REGISTRATION_RETENTION_DAYS',
  'PAGE_CACHE_MB',
  'CONTENT_IN_MEMORY',
  'LIVE_RELOAD',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'DOCUMENT_STORAGE',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'PORTAL_NAME',
  'DISTRICT_NAME',
] as const satisfies readonly (keyof AppConfig)[];

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const given = Object.fromEntries(
    CONFIG_KEYS.filter((key) => environment[key] !== undefined && environment[key] !== '').map(
      (key) => [key, environment[key]],
    ),
  );
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  const lines = errors.map(
    (error) =>
      `${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  // With an external database the sessions are shared by instances: they need one fixed secret.
  if (config.DATABASE_URL && !config.SESSION_SECRET && config.NODE_ENV !== 'test') {
    lines.push('SESSION_SECRET: required (at least 32 characters) when DATABASE_URL is set');
  }
  // The embedded database belongs to one process (it is started and stopped with it).
  if (config.WEB_CONCURRENCY > 1 && !config.DATABASE_URL) {
    lines.push(
      'WEB_CONCURRENCY: more than 1 needs DATABASE_URL (a PostgreSQL server the workers share)',
    );
  }
  if (config.PASSWORD_HASH_COST === 'test-minimum' && config.NODE_ENV === 'production') {
    lines.push('PASSWORD_HASH_COST=test-minimum: not allowed with NODE_ENV=production');
  }
  if (config.DOCUMENT_STORAGE === 's3' && !config.S3_BUCKET) {
    lines.push('S3_BUCKET: required when DOCUMENT_STORAGE=s3');
  }
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY) {
    lines.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
