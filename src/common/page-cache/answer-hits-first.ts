import type { IncomingMessage, Server, ServerResponse } from 'node:http';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** What answers a request from memory; false when the request must go on to the app. */
export interface HitAnswerer {
  answerHit(request: IncomingMessage, response: ServerResponse): boolean;
}

/**
 * Puts the page cache in front of Express on the Node server: the app's request listener (Express)
 * runs only for what the cache does not answer. Listeners added later with `prependListener` (the
 * shutdown's HttpDrain) still see every request, hits included.
 */
export function answerHitsFirst(server: Server, cache: HitAnswerer): void {
  const app = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (cache.answerHit(request, response)) return;
    for (const listener of app) listener.call(server, request, response);
  });
}
