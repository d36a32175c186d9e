/** Removes the run's temporary diary folder (created in playwright.config.ts). */
import { rmSync } from 'node:fs';

export default function teardown(): void {
  const dir = process.env.SP_E2E_DATA;
  if (dir?.includes('stillpoint-e2e-')) rmSync(dir, { recursive: true, force: true });
}
