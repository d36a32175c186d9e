/** Settings offers the doctor report and the other exports as downloads for a chosen period. */
import { AppPage } from './pages/app.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('settings links to the PDF report, CSV, FHIR and iCalendar exports', async ({
  page,
  diary,
}, info) => {
  await diary.loadDemo();
  const app = new AppPage(page);
  await app.open('/settings#export');
  const report = page.getByRole('link', { name: 'Doctor report (PDF)' });
  await expect(report).toHaveAttribute('href', '/api/export/pdf');
  await page.getByLabel('Period from').fill('2026-01-01');
  await expect(report).toHaveAttribute('href', '/api/export/pdf?from=2026-01-01');
  await checkPage(page, info, 'settings-exports');
  for (const [name, type] of [
    ['Doctor report (PDF)', 'application/pdf'],
    ['FHIR R4 bundle (JSON)', 'json'],
    ['Planned sessions (iCalendar)', 'text/calendar'],
  ] as const) {
    await page.getByLabel('Period from').fill('');
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const response = await page.request.get(href ?? '');
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type'], name).toContain(type);
  }
});
