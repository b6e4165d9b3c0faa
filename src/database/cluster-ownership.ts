import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processCommandLine, processIsAlive, processStartTime } from './process-check.js';
import { StartupError } from './startup-error.js';

/**
 * Claims the cluster directory for this process. A portal that still runs on it stops this start
 * with a message naming the folder and the process; a claim left by a crashed portal is taken over.
 * Returns the release function.
 */
export function claimCluster(directory: string): () => void {
  mkdirSync(dirname(directory), { recursive: true });
  // Beside the cluster, not in it: initdb wants an empty folder.
  const file = join(dirname(directory), `${basename(directory)}.portal.pid`);
  const claim = `${process.pid} ${processStartTime(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, claim, { flag: 'wx' });
      return () => {
        if (readOwner(file) === claim) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [pid, startTime] = (readOwner(file) ?? '').trim().split(' ');
    if (processIsAlive(Number(pid), startTime || undefined)) {
      throw new StartupError(
        `Another portal process (PID ${pid}) is already running on the data folder ${directory}. ` +
          'Stop that process first, or give this one its own DATA_DIR.',
      );
    }
    rmSync(file, { force: true });
  }
  throw new StartupError(
    `Could not claim the data folder ${directory}: other processes keep claiming it. Start one portal at a time on it.`,
  );
}

/**
 * A portal killed without its shutdown (kill -9, out of memory) leaves its PostgreSQL running and
 * holding postmaster.pid. Once this process owns the folder, such a server has no owner: stop it
 * the way pg_ctl's fast mode does (SIGINT), so the next start is clean.
 */
export async function stopOrphanedServer(
  directory: string,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = join(directory, 'postmaster.pid');
  const content = readOwner(pidFile);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  if (!processIsAlive(pid)) return;
  const commandLine = processCommandLine(pid);
  if (commandLine && !commandLine.includes('postgres')) {
    // The pid was reused by an unrelated process: the lock file is stale.
    rmSync(pidFile, { force: true });
    return;
  }
  log(
    `PostgreSQL (PID ${pid}) is still running on ${directory}, left behind by a portal process that ended without stopping it; stopping it before starting afresh.`,
  );
  if (await signalAndWait(pid, 'SIGINT', 30_000)) return;
  if (await signalAndWait(pid, 'SIGQUIT', 10_000)) return;
  throw new StartupError(
    `PostgreSQL (PID ${pid}) on the data folder ${directory} did not stop. Stop it by hand (kill ${pid}) and start the portal again.`,
  );
}

async function signalAndWait(pid: number, signal: NodeJS.Signals, timeoutMs: number) {
  try {
    process.kill(pid, signal);
  } catch {
    return !processIsAlive(pid);
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processIsAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function readOwner(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
