import { type Agent, type IncomingMessage, type OutgoingHttpHeaders, request } from 'node:http';

/**
 * A form POST whose body arrives in two parts: in flight from the first part (sent when this
 * resolves) until `finish` sends the rest; `response` resolves once the answer has been read.
 */
export async function halfSentPost(
  url: string,
  body: string,
  options: { agent: Agent | false; firstPart: number; headers?: OutgoingHttpHeaders },
): Promise<{ response: Promise<IncomingMessage>; finish: () => void }> {
  const outgoing = request(url, {
    method: 'POST',
    agent: options.agent,
    headers: {
      ...options.headers,
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
    },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      incoming.resume();
      incoming.once('end', () => resolve(incoming));
    });
  });
  await new Promise<void>((resolve) =>
    outgoing.write(body.slice(0, options.firstPart), () => resolve()),
  );
  return { response, finish: () => outgoing.end(body.slice(options.firstPart)) };
}
