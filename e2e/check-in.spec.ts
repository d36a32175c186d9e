/** The daily check-in: one screen, every field optional, saved for today. */
import { AppPage } from './pages/app.page.ts';
import { today } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('fills in and edits the daily check-in', async ({ page, diary }, info) => {
  const app = new AppPage(page);
  await app.open('/');
  await page.getByRole('link', { name: 'Check in for today' }).click();
  await expect(app.heading(/check-in/)).toBeVisible();
  await page.getByLabel('Sleep (hours)').fill('6.5');
  await page.getByLabel('Water (litres)').fill('1.5');
  await app.choose('Sleep quality', 'Poor');
  await app.choose('Stress (0 none – 10 extreme)', '7');
  await app.choose('Neck tension (0–10)', '5');
  await app.choose(/^Early-warning sign/, 'Yes');
  await checkPage(page, info, 'check-in');
  await app.button('Save check-in').click();
  await expect(page.getByText(/Today: slept 6.5 h, stress 7\/10, 1.5 l water/)).toBeVisible();

  const saved = await diary.get('days', today());
  expect(saved.body).toMatchObject({
    date: today(),
    sleepHours: 6.5,
    sleepQuality: 2,
    stress: 7,
    waterLiters: 1.5,
    neckTension: 5,
    earlyWarning: true,
  });

  await page.getByRole('link', { name: 'Edit today’s check-in' }).click();
  await expect(page.getByLabel('Sleep (hours)')).toHaveValue('6.5');
  await page.getByLabel('Sleep (hours)').fill('8');
  await app.button('Save check-in').click();
  await expect(page.getByText(/Today: slept 8 h/)).toBeVisible();
});
