import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Lets an HTTP server finish what it is doing and then stop: it accepts no new connections, every
 * response still being worked on is completed and tells the client to close the connection
 * (`Connection: close`), idle keep-alive connections are closed at once and busy ones right after
 * their response. Whatever is still open after the bound is cut.
 */
export class HttpDrain {
  private readonly open = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly server: Server) {
    // First listener: the header is set before the app can start its response.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      this.open.add(response);
      if (this.draining) response.setHeader('Connection', 'close');
      response.once('close', () => {
        this.open.delete(response);
        if (this.draining) server.closeIdleConnections();
      });
    });
  }

  get inFlight(): number {
    return this.open.size;
  }

  /** Resolves once every connection has closed, or after `timeoutMs` with the rest cut off. */
  async drain(timeoutMs: number): Promise<{ cut: number }> {
    this.draining = true;
    for (const response of this.open) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    if (outcome !== 'timeout') return { cut: 0 };
    const cut = this.open.size;
    this.server.closeAllConnections();
    await closed;
    return { cut };
  }
}
