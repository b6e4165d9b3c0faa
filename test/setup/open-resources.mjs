// What keeps a Jest worker's process alive, for the leak check (leak-check-environment.mjs) and the
// worker's end (worker-end.mjs).

/** Requests in flight that end by themselves (file system calls, DNS look-ups), not handles. */
const TRANSIENT = new Set(['FSReqCallback', 'FSReqPromise', 'GetAddrInfoReqWrap', 'FileHandle']);

/** What keeps the worker process alive, by kind ("TCPWrap", "Timeout", "ProcessWrap", …). */
export function openResources() {
  const counts = new Map();
  for (const kind of process.getActiveResourcesInfo()) {
    if (!TRANSIENT.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** What is open now beyond what was before, as "TCPWrap ×2". */
export function leftOpen(before, after) {
  return [...after]
    .filter(([kind, count]) => count > (before.get(kind) ?? 0))
    .map(([kind, count]) => `${kind} ×${count - (before.get(kind) ?? 0)}`);
}

/** Where the open sockets and servers listen or point to, to tell which one was not closed. */
export function socketAddresses() {
  return process
    ._getActiveHandles()
    .map((handle) => {
      if (typeof handle.listening === 'boolean' && handle.listening) {
        const address = handle.address();
        return typeof address === 'object' && address ? `server on port ${address.port}` : null;
      }
      if (handle.remotePort) return `socket to port ${handle.remotePort}`;
      if (typeof handle.pid === 'number' && handle.spawnargs) {
        return `child process ${handle.pid} (${handle.spawnargs.join(' ').slice(0, 80)})`;
      }
      return null;
    })
    .filter(Boolean);
}
