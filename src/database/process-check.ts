import { readFileSync } from 'node:fs';

/**
 * The kernel's start time of a process (clock ticks since boot, /proc/<pid>/stat field 22), so a
 * recorded pid that was reused by another process after a crash or reboot is not mistaken for it.
 * Undefined where /proc does not exist.
 */
export function processStartTime(pid: number): string | undefined {
  const stat = readProcStat(pid);
  return stat?.[19];
}

/** True while the process runs; a zombie (exited, not yet reaped) counts as gone. */
export function processIsAlive(pid: number, startTime?: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readProcStat(pid);
  if (!stat) return true;
  if (stat[0] === 'Z') return false;
  return startTime === undefined || stat[19] === startTime;
}

/** The command line of a process, empty where /proc does not exist. */
export function processCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The fields of /proc/<pid>/stat after the command name (state first). */
function readProcStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat
      .slice(stat.lastIndexOf(')') + 2)
      .trim()
      .split(' ');
  } catch {
    return undefined;
  }
}
