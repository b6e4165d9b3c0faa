import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { TEST_PASSWORD } from '../../factories/users.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The portal as an operator runs it: `node dist/src/main.js` in its own process. */
export class PortalProcess {
  output = '';
  readonly exited: Promise<Exit>;
  exit?: Exit;
  private readonly child: ChildProcess;

  private constructor(
    readonly port: number,
    environment: Record<string, string>,
  ) {
    // Jest's --experimental-vm-modules is not for the app.
    const inherited = { ...process.env, NODE_OPTIONS: '' };
    this.child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: process.cwd(),
      env: { ...inherited, LOG_LEVEL: 'info', ...environment, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    }
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      }),
    );
  }

  static async start(environment: Record<string, string>): Promise<PortalProcess> {
    return new PortalProcess(await freePort(), environment);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Resolves once /health answers 200; fails with the output if the process ends first. */
  async ready(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exit) {
        throw new Error(`The portal exited (${JSON.stringify(this.exit)}):\n${this.output}`);
      }
      if (await this.healthy()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The portal did not become ready:\n${this.output}`);
  }

  async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/health`);
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  signal(signal: NodeJS.Signals): void {
    if (!this.exit) this.child.kill(signal);
  }

  async stop(): Promise<Exit> {
    this.signal('SIGTERM');
    return this.exited;
  }

  /** Log lines at level error or worse (pino: 50+), and anything that is not a JSON log line. */
  problemLines(): string[] {
    return this.output
      .split('\n')
      .filter((line) => line.trim())
      .filter((line) => {
        try {
          return (JSON.parse(line) as { level: number }).level >= 50;
        } catch {
          return !line.startsWith('(node:') && !line.startsWith('(Use `node');
        }
      });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface SignUpResult {
  email: string;
  status: number;
  retryAfter: string | null;
}

/**
 * A sign-up as a browser makes it: the form page (CSRF cookie and token), then the POST. Each
 * sign-up comes from its own address (X-Forwarded-For, with TRUST_PROXY) so that the per-IP limit
 * does not apply; a failure of the page is reported like the POST's.
 */
export async function signUp(
  baseUrl: string,
  email: string,
  clientAddress: string,
): Promise<SignUpResult> {
  const headers = { 'X-Forwarded-For': clientAddress };
  const page = await fetch(`${baseUrl}/konto/registrieren`, { headers });
  const html = await page.text();
  if (page.status !== 200) {
    return { email, status: page.status, retryAfter: page.headers.get('retry-after') };
  }
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const cookie = page.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}/konto/registrieren`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: token,
      email,
      displayName: 'Gast Lasttest',
      password: TEST_PASSWORD,
      acceptNetiquette: 'ja',
      acceptPrivacy: 'ja',
    }).toString(),
  });
  await response.arrayBuffer();
  return { email, status: response.status, retryAfter: response.headers.get('retry-after') };
}
