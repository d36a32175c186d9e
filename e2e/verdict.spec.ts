/**
 * "Does it work for me?" on the demo diary, against the real server: the verdict the API gives
 * with its placebo line, the outcome switch, immediate effects apart, the next session, and an
 * ABAB plan that can be made exactly once.
 */
import { TherapyCoursePage } from './pages/therapy-course.page.ts';
import { longDay, today } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

const COURSE = 'demo-t-cst';
const LABELS: Record<string, string> = {
  insufficient_data: 'Not enough data yet',
  no_clear_change: 'No clear change',
  improved: 'Improved',
  worsened: 'Worsened',
};

interface Phase {
  per28: number | null;
}
interface Verdict {
  verdict: string;
  summary: string;
  baseline: Phase;
  treatment: Phase;
  warnings: { code: string; message: string }[];
}

const one = (p: Phase) => (p.per28 === null ? '—' : (Math.round(p.per28 * 10) / 10).toFixed(1));

test('shows the verdict of the demo course and switches between migraine and headache days', async ({
  page,
  diary,
}, info) => {
  await diary.loadDemo();
  const migraine = await diary.therapy<Verdict>(COURSE, 'verdict');
  const headache = await diary.therapy<Verdict>(COURSE, 'verdict', 'headache_days');
  const course = new TherapyCoursePage(page);
  await course.open(`/therapy/${COURSE}`);

  await expect(course.verdictLabel).toHaveText(LABELS[migraine.verdict] ?? '?');
  await expect(course.verdict).toContainText(migraine.summary);
  await expect(course.placeboLine).toBeVisible();
  await expect(course.placeboLine).toContainText('In placebo groups');
  for (const w of migraine.warnings) await expect(course.verdict).toContainText(w.message);
  await expect(course.figure('before')).toContainText(one(migraine.baseline));
  await expect(course.figure('during')).toContainText(one(migraine.treatment));
  await expect(course.verdict).toContainText('Migraine days before the course');
  await expect(course.verdict.getByRole('table', { name: 'Other measures' })).toBeVisible();
  await expect(course.immediate).toContainText('Pain before → after sessions');
  await expect(course.immediate).toContainText('Uncontrolled:');
  await expect(course.verdict).not.toContainText(/caused by|because of the therapy/i);
  await checkPage(page, info, 'therapy-verdict');

  await course.compare('Headache days');
  await expect(course.verdict).toContainText('Headache days before the course');
  await expect(course.figure('before')).toContainText(one(headache.baseline));
  await expect(course.figure('during')).toContainText(one(headache.treatment));
  await expect(course.verdict).toContainText(headache.summary);
  await expect(course.placeboLine).toBeVisible();
  expect(one(headache.baseline)).not.toBe(one(migraine.baseline));
  await checkPage(page, info, 'therapy-verdict-headache');

  await course.compare('Migraine days');
  await expect(course.figure('before')).toContainText(one(migraine.baseline));
});

test('suggests the next session and makes a randomised ABAB plan exactly once', async ({
  page,
  diary,
}, info) => {
  await diary.loadDemo();
  const next = await diary.therapy<{ nextSession: string; reason: string }>(COURSE, 'next-session');
  const course = new TherapyCoursePage(page);
  await course.open(`/therapy/${COURSE}`);
  await expect(course.nextSession).toContainText(longDay(next.nextSession));
  await expect(course.nextSession).toContainText(next.reason);

  // No plan yet: ABAB explained, options with their defaults, the order fixed once made.
  await expect(course.plan).toContainText('drawn at random');
  await expect(course.plan).toContainText('cannot be redrawn');
  await expect(course.plan.getByLabel('Pairs (A + B)')).toHaveValue('5');
  await expect(course.plan.getByLabel('Days per period')).toHaveValue('28');
  await expect(course.plan.getByLabel('Washout days')).toHaveValue('14');
  await checkPage(page, info, 'therapy-plan-form');

  // A second tab that still shows the form, to try a second plan later.
  const other = new TherapyCoursePage(await page.context().newPage());
  await other.open(`/therapy/${COURSE}`);
  await expect(other.button('Make a plan')).toBeVisible();

  // A start in the past is refused next to the field.
  await course.plan.getByLabel('First day').fill('2020-01-01');
  await course.button('Make a plan').click();
  await expect(course.plan.locator('#f-start-error')).toContainText(`today (${today()}) or later`);

  await course.plan.getByLabel('First day').fill(today());
  await course.button('Make a plan').click();
  await expect(course.periods).toHaveCount(10);
  await expect(course.plan).toContainText(/Period 1 of 10: with(out)? the therapy, day 1 of 28/);
  await expect(course.plan).toContainText('expectation effects cannot be excluded');
  await expect(course.plan).toContainText('smallest p-value this plan can give is 0.031');
  await expect(course.button('Make a plan')).toHaveCount(0);
  await expect(course.periods.filter({ hasText: 'with therapy' })).toHaveCount(5);
  await checkPage(page, info, 'therapy-plan');

  // The other tab's attempt is refused (409) and shows the stored plan instead.
  await other.button('Make a plan').click();
  await expect(other.plan.getByRole('alert')).toContainText('cannot be drawn again');
  await expect(other.periods).toHaveCount(10);
  await expect(other.button('Make a plan')).toHaveCount(0);
  await other.page.close();

  // And through the API.
  const again = await diary.makePlan(COURSE);
  expect(again.status).toBe(409);
  const stored = await diary.therapy<{ plan: { periods: unknown[] } }>(COURSE, 'plan');
  expect(stored.plan.periods).toHaveLength(10);

  // The reload keeps the plan.
  await course.page.reload();
  await expect(course.periods).toHaveCount(10);
  await expect(course.button('Make a plan')).toHaveCount(0);
});
