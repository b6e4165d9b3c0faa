import { Agent, type IncomingHttpHeaders, type Server, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method: 'GET' | 'POST';
  /** Sent byte for byte: no normalisation, so malformed paths reach the server as written. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * A browser-like session over plain node:http: it keeps its cookies and sends paths and
 * bodies exactly as given (supertest and fetch would normalise or refuse malformed ones).
 */
export class RawSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly server: Server,
    private readonly agent: Agent,
  ) {}

  static agent(concurrency: number): Agent {
    return new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  send(raw: RawRequest): Promise<RawResponse> {
    const { port } = this.server.address() as AddressInfo;
    const body = raw.body === undefined ? undefined : Buffer.from(raw.body);
    return new Promise((resolve, reject) => {
      let answered = false;
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          agent: this.agent,
          method: raw.method,
          path: raw.path,
          headers: {
            ...(this.cookies.size ? { cookie: [...this.cookies.values()].join('; ') } : {}),
            ...(body ? { 'content-length': String(body.length) } : {}),
            ...raw.headers,
          },
        },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            this.keepCookie(response.headers['set-cookie']);
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            });
          });
          response.on('error', reject);
        },
      );
      // The server may answer (413) and close before it has read a large body: writing then
      // fails, but the answer has arrived or is on its way.
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && !(answered && error.code === 'ECONNRESET')) reject(error);
      });
      outgoing.end(body);
    });
  }

  get(path: string): Promise<RawResponse> {
    return this.send({ method: 'GET', path });
  }

  /** Keeps every cookie by name, as a browser would: the session and the CSRF cookie. */
  private keepCookie(setCookie: string[] | undefined): void {
    for (const cookie of setCookie ?? []) {
      const pair = cookie.split(';')[0];
      this.cookies.set(pair.slice(0, pair.indexOf('=')), pair);
    }
  }
}
