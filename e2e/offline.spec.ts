/**
 * Offline: the installed app opens without the server, attacks logged offline wait on the
 * device with a visible sync state, and reach the server once — never twice — when it is back.
 */
import { TodayPage } from './pages/today.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('logs an attack offline and syncs it once when back online', async ({
  page,
  context,
  diary,
}, info) => {
  const today = new TodayPage(page);
  await today.open('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.reload(); // the service worker serves the app without the server
  await expect(today.migraineNow).toBeVisible();
  await today.migraineNow.click();
  await today.expectAttackMode(true);
  await today.pain(6).click();
  await expect(today.sync).toHaveText('Offline · 2 waiting to sync');
  await checkPage(page, info, 'offline-attack-mode');
  await today.endAttack.click();
  await today.expectAttackMode(false);
  await expect(today.sync).toHaveText('Offline · 3 waiting to sync');
  expect(await diary.attacks()).toHaveLength(0);

  await context.setOffline(false);
  await expect(today.sync).toHaveText('All saved', { timeout: 15_000 });
  const attacks = await diary.attacks();
  expect(attacks).toHaveLength(1);
  expect(attacks[0]?.end).not.toBeNull();
  expect(attacks[0]?.readings).toEqual([expect.objectContaining({ pain: 6 })]);
});

test('a create whose response was lost is retried without a duplicate', async ({ page, diary }) => {
  const today = new TodayPage(page);
  await today.open('/');
  let dropped = false;
  await page.route('**/api/attacks', async (route) => {
    if (route.request().method() !== 'POST' || dropped) return route.fallback();
    dropped = true;
    await route.fetch(); // the server stores the attack…
    await route.abort('connectionreset'); // …but the answer never arrives
  });
  await today.migraineNow.click();
  await today.expectAttackMode(true);
  await expect(today.sync).toHaveText('All saved', { timeout: 15_000 });
  const attacks = await diary.attacks();
  expect(dropped).toBe(true);
  expect(attacks).toHaveLength(1);
});
