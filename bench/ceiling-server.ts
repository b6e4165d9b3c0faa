import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** One page as the app sent it: its headers (without those set per answer) and its body. */
export interface CeilingAnswer {
  headers: [string, string][];
  body: string;
}

// The ceiling: a raw node:http server that answers each path with the app's bytes held in memory,
// its headers included, so the ratio measures the app's work and not the size of its headers.
const answers = new Map(
  Object.entries(
    JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, CeilingAnswer>,
  ).map(([path, { headers, body }]) => {
    const bytes = Buffer.from(body, 'utf8');
    return [path, { head: [...headers.flat(), 'Content-Length', String(bytes.length)], bytes }];
  }),
);

const server = createServer((request, response) => {
  const answer = answers.get(request.url ?? '');
  if (!answer) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, answer.head);
  response.end(answer.bytes);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
