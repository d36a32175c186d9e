/**
 * Therapy: start a CST course (no verdict yet, and the page says what is missing), log a session
 * with the body chart, and see it on the course with its immediate effect.
 */
import { AppPage } from './pages/app.page.ts';
import { TherapyCoursePage } from './pages/therapy-course.page.ts';
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
  const course = new TherapyCoursePage(page);
  await expect(course.verdictLabel).toHaveText('Not enough data yet');
  await expect(course.verdict).toContainText('What is missing for a verdict');
  await expect(course.verdict).toContainText('The baseline before the first session has');
  await expect(course.placeboLine).toBeVisible();
  await expect(course.immediate).toContainText('No sessions logged for this course yet.');
  await expect(course.nextSession).toContainText('No session yet');
  await expect(course.nextSession).toContainText('today');
  await expect(course.button('Make a plan')).toBeVisible();
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
  await expect(course.immediate).toContainText('6.0 → 3.0');
  await expect(course.immediate).toContainText('1 session with both ratings');
  await expect(course.nextSession).not.toContainText('No session yet');
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
