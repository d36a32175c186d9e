import type { Command } from 'commander';
import type { StorageOptions } from '../server/config.ts';
import type { Runtime } from '../server/runtime.ts';

/** Adds `--data` and `--database` to a command that touches the diary. */
export function withStorage(command: Command): Command {
  return command
    .option(
      '--data <dir>',
      'folder of the embedded SQLite diary (default ./data, env STILLPOINT_DATA)',
    )
    .option(
      '--database <url>',
      'database URL: sqlite:<file> or postgres://… (default env DATABASE_URL)',
    );
}

/** Opens the diary named by the command's storage options, runs `fn`, always closes it. */
export async function withRuntime<T>(
  options: StorageOptions,
  fn: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  // Loaded on demand: help and the file-only engine commands never pay for the database stack.
  const { openRuntime } = await import('../server/runtime.ts');
  const runtime = await openRuntime(options);
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
