/**
 * The e2e test base: a fresh, empty diary before every test, the diary API, axe-core checks
 * (0 serious or critical violations) and screenshots saved under test-results/screenshots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import type * as Axe from 'axe-core';
import { DiaryApi } from './diary-api.ts';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend<{ diary: DiaryApi }>({
  diary: [
    async ({ request }, use) => {
      const diary = new DiaryApi(request);
      await diary.reset();
      await use(diary);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses an
    // inline <script>, as it should.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Saves a full-page screenshot as test-results/screenshots/<project>/<name>.png. */
export async function screenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `test-results/screenshots/${info.project.name}/${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });
}

/** Both: the accessibility check and the screenshot, for every page a test visits. */
export async function checkPage(page: Page, info: TestInfo, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, info, name);
}
