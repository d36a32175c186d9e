/** Therapy: start a CST course, log a session with the body chart, see it on the course. */
import { AppPage } from './pages/app.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('starts a course and logs a CST session with the body chart', async ({
  page,
  diary,
}, info) => {
  const app = new AppPage(page);
  await app.open('/therapy');
  await app.button('Start a therapy course').click();
  await page.getByLabel('Name').fill('Craniosacral therapy');
  await app.button('Start course').click();
  await expect(app.heading('Craniosacral therapy')).toBeVisible();
  await expect(page.getByText('The verdict is not available yet.')).toBeVisible();
  await checkPage(page, info, 'therapy-course-empty');

  await page.getByRole('link', { name: 'Log a session' }).first().click();
  await expect(app.heading('Log a session')).toBeVisible();
  for (const zone of ['skull_base', 'sacrum', 'forehead']) {
    await page.locator(`svg [data-zone="${zone}"]`).first().click();
  }
  await app.choose('Hand positions', 'Lower back');
  await app.choose('Pain before (0–10)', '6');
  await app.choose('Pain after (0–10)', '3');
  await app.choose('Techniques', 'Still point');
  await app.choose('What I felt', 'Warmth');
  await page.getByLabel('Add your own (what i felt)').fill('sleepy afterwards');
  await app.button('Add').last().click();
  await checkPage(page, info, 'session-form');
  await app.button('Save session').click();

  await expect(app.heading('Craniosacral therapy')).toBeVisible();
  await expect(page.getByText('pain 6 → 3 · 4 hand positions')).toBeVisible();
  const [session] = await diary.list('sessions');
  expect(session).toMatchObject({
    handPositions: ['skull_base', 'sacrum', 'forehead', 'lower_back'],
    painBefore: 6,
    painAfter: 3,
    techniques: ['still_point'],
    sensations: ['warmth', 'sleepy_afterwards'],
    durationMinutes: 50,
  });
});
