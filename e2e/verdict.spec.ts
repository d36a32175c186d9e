/**
 * The verdict, plan and cadence places: "not available yet" while the verdict engine's endpoints
 * answer 404 (see session.spec), and the result as soon as they answer. Here they are stubbed
 * with the verdict shape of product.md.
 */
import { AppPage } from './pages/app.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

const VERDICT = {
  therapyId: 'demo-t-cst',
  outcome: 'migraine_days',
  verdict: 'improved',
  baseline: { days: 56, recordedDays: 54, eventDays: 12, per28: 6.2 },
  treatment: { days: 112, recordedDays: 104, eventDays: 14, per28: 3.8 },
  rateRatio: { median: 0.61, ci95: [0.4, 0.93] },
  pImproved: 0.97,
  pBeyondPlacebo: 0.72,
  summary: 'Fewer migraine days during the course than before it.',
  warnings: [
    {
      code: 'started_after_worst_month',
      message:
        'The course started right after your worst month, so part of the drop may be chance.',
    },
  ],
};

test('shows the verdict with its interval, the next session and the ABAB plan', async ({
  page,
  diary,
}, info) => {
  await diary.loadDemo();
  await page.route('**/api/therapies/demo-t-cst/verdict', (route) =>
    route.fulfill({ json: VERDICT }),
  );
  await page.route('**/api/therapies/demo-t-cst/next-session', (route) =>
    route.fulfill({
      json: { date: '2026-12-05', phase: 'stabilising', reason: 'every 2–3 weeks' },
    }),
  );
  await page.route('**/api/therapies/demo-t-cst/plan', (route) =>
    route.fulfill({ json: { blocks: 4, order: 'ABBA', blockDays: 28 } }),
  );
  const app = new AppPage(page);
  await app.open('/therapy/demo-t-cst');
  const verdict = page.getByRole('region', { name: 'Does it work for me?' });
  await expect(verdict).toContainText('Improved');
  await expect(verdict).toContainText('Rate ratio 0.61 (95 % interval 0.40 to 0.93)');
  await expect(verdict).toContainText('97 %');
  await expect(verdict).toContainText('started right after your worst month');
  await expect(page.getByRole('region', { name: 'Next session' })).toContainText('stabilising');
  await app.button('Make a plan').click();
  await expect(page.getByRole('region', { name: /ABAB plan/ })).toContainText('ABBA');
  await checkPage(page, info, 'therapy-verdict');
});
