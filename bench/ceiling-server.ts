import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// The ceiling: a raw node:http server that answers each path with bytes held in memory.
const responses = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, string>).map(
    ([path, body]) => [path, Buffer.from(body, 'utf8')],
  ),
);

const server = createServer((request, response) => {
  const body = responses.get(request.url ?? '');
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(body);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
