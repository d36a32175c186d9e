import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Process-level tests run the compiled CLI; build it once so they never test stale code.
 * Type errors are the static-check step's job (tsc still emits), so only a missing output
 * stops the run here.
 */
export default function setup(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
    stdio: 'ignore',
  });
  if (!existsSync('dist/cli/main.js')) throw new Error('build failed: dist/cli/main.js missing');
}
