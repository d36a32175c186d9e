/**
 * The app under its own Content-Security-Policy (docs/clinic-security.md §1.3): every page, the Plot
 * charts and the service worker work without a single violation, and another site cannot frame
 * the app or write to the diary from its page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppPage } from './pages/app.page.ts';
import { expect, test } from './support/fixtures.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test('every page works under the CSP without a violation; charts keep their style', async ({
  page,
  diary,
}) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
      consoleErrors.push(m.text());
    }
  });
  await diary.loadDemo();
  const app = new AppPage(page);
  for (const path of [
    '/',
    '/calendar',
    '/trends',
    '/therapy',
    '/medications',
    '/questionnaires',
    '/settings',
  ]) {
    await app.open(path);
    if (path === '/trends') {
      const chart = page.getByTestId('chart-migraineDays').locator('svg');
      await expect(chart).toBeVisible();
      // Plot's own <style> (allowed by hash) makes the chart a block that fits its box.
      await expect(chart).toHaveCSS('display', 'block');
    }
    expect(await page.evaluate(() => window.cspViolations), path).toEqual([]);
  }
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(consoleErrors).toEqual([]);
});

/** Serves `html` from another origin on this machine (127.0.0.1 on another port). */
async function attackerPage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

test('another site can neither frame the app nor write to the diary', async ({
  page,
  diary,
  baseURL,
}) => {
  // A real page of another origin on this machine (a page on the internet would also meet the
  // browser's own local-network checks, which not every browser has), with a frame of the app
  // and a form aimed at the import.
  const attacker = await attackerPage(`<!doctype html><iframe id="f" src="${baseURL}/"></iframe>
    <form id="w" method="post" enctype="text/plain" action="${baseURL}/api/diary/import?mode=replace">
    <input name='{"format":"stillpoint.diary","version":1,"person":{"timeZone":"UTC"},"x":"' value='"}'></form>`);
  try {
    await diary.create('attacks', { id: 'keep', start: '2026-02-10T06:30:00Z', peakPain: 5 });
    const framed = page.waitForResponse((r) => r.url() === `${baseURL}/`);
    await page.goto(attacker.url);
    expect((await framed).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);

    const posted = page.waitForResponse((r) => r.url().includes('/api/diary/import'));
    await page.evaluate(() => (document.getElementById('w') as HTMLFormElement).submit());
    expect((await posted).status()).toBe(403);
    expect((await diary.attacks()).map((a) => a.id)).toEqual(['keep']);
  } finally {
    await attacker.close();
  }
});
