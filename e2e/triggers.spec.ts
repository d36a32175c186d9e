/**
 * The Triggers page on the demo diary against the real server: the report the API gives, each
 * factor in its verdict group with the suspicion mark and the estimate in plain words, the
 * early-warning sign never a trigger, attack-only tags with no control days, reachable from
 * the phone's More tab.
 */
import { checkPage, expect, test } from './support/fixtures.ts';

interface Factor {
  factor: string;
  verdict: string;
  summary: string | null;
  explanation: string;
  source: string;
}

test('shows what goes with attacks, grouped by verdict, readable on a phone', async ({
  page,
  diary,
  request,
}, info) => {
  await diary.loadDemo();
  const report = (await (await request.get('/api/analysis/triggers')).json()) as {
    factors: Factor[];
  };
  if (info.project.name === 'phone') {
    await page.goto('/more');
    await page.getByRole('link', { name: /Triggers/ }).click();
  } else {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Triggers' })
      .click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Triggers' })).toBeVisible();
  for (const f of report.factors) {
    const card = page.locator(`li.trigger[data-factor="${f.factor}"]`);
    await expect(card).toHaveClass(new RegExp(`trigger-${f.verdict}`));
    if (f.summary) await expect(card).toContainText(f.summary);
    await expect(card).toContainText(f.explanation);
  }
  const warning = page.locator('li.trigger[data-factor="earlyWarning"]');
  await expect(warning).not.toHaveClass(/trigger-likely_trigger/);
  await expect(warning).toContainText('also an early-warning sign');
  const stress = page.locator('li.trigger[data-factor="stress"]');
  await expect(stress).toContainText(/suspected: in your profile, tagged on \d+ attacks/);
  await expect(stress).toContainText(/On days after a day with more stress than usual/);
  const weather = page.locator('li.trigger[data-factor="weather"]');
  await expect(weather).toContainText('no days without an attack to compare with');
  await expect(weather.getByRole('link', { name: 'Open today’s check-in' })).toBeVisible();
  await expect(page.getByText(/not proof of cause/)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  await checkPage(page, info, 'triggers');
});
