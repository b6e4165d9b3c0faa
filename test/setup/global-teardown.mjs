import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const state = globalThis.kekTestPostgres;
  if (!state) return;
  await state.server.stop();
  rmSync(state.directory, { recursive: true, force: true });
}
