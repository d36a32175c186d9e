/** A newcomer on an empty diary: a welcome, demo data for a first look, or their own diary. */
import { AppPage } from './pages/app.page.ts';
import { EMPTY_DIARY } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('an empty diary welcomes the newcomer and starts their own diary', async ({
  page,
  diary,
}, info) => {
  await diary.replace({ ...EMPTY_DIARY, person: { timeZone: 'UTC' } });
  const app = new AppPage(page);
  await app.open('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Stillpoint' })).toBeVisible();
  await expect(page.getByText('No attacks in the last 30 days.')).toBeVisible();
  await checkPage(page, info, 'first-run');
  await app.button('Start my own diary').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Stillpoint' })).toHaveCount(0);
  expect(await diary.person()).toMatchObject({ timeZone: 'Europe/Berlin' });
  for (const path of ['/calendar', '/trends', '/therapy', '/medications', '/questionnaires']) {
    await app.open(path);
    await expect(page.locator('.loading')).toHaveCount(0);
    await checkPage(page, info, `empty${path.replace('/', '-')}`);
  }
});

test('"Try with demo data" fills six months to look around', async ({ page, diary }) => {
  const app = new AppPage(page);
  await app.open('/');
  await app.button('Try with demo data').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Stillpoint' })).toHaveCount(0, {
    timeout: 20_000,
  });
  await expect(page.locator('.entry-list a').first()).toBeVisible();
  expect((await diary.attacks()).length).toBeGreaterThan(20);

  await app.navLink('Calendar').click();
  await expect(page.locator('.day.d-migraine, .day.d-headache').first()).toBeVisible();
  await app.navLink('Trends').click();
  await expect(page.getByTestId('chart-migraineDays').locator('svg')).toBeVisible();
  await app.navLink('Therapy').click();
  await page.getByRole('link', { name: /Craniosacral therapy/ }).click();
  await expect(page.getByText(/pain \d+ → \d+/).first()).toBeVisible();
});
