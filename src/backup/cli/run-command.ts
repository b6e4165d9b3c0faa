/** Runs a command-line job; a failure prints its sentence (not a stack) and exits 1. */
export function runCommand(job: () => Promise<void>): void {
  job().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
