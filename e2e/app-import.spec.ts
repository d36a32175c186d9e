/**
 * Settings → Import from another app, on real exports: unreadable rows are listed and nothing is
 * written until the person chooses; a date-only source waits for the recorded-days choice.
 */
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app.page.ts';
import { expect, expectAccessible, test } from './support/fixtures.ts';

const file = (path: string) => ({
  name: path.split('/').pop() ?? path,
  mimeType: 'text/csv',
  buffer: readFileSync(path),
});

test('Migraine Buddy: rows that cannot be read are listed; the person imports the rest', async ({
  page,
  diary,
}) => {
  const app = new AppPage(page);
  await app.open('/settings#import');
  await page
    .getByLabel('Choose a file…')
    .setInputFiles(file('test/fixtures/real/migraine-buddy/migraine_buddy_mixed.csv'));
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Times are shown in Europe/Berlin.');
  await expect(preview).toContainText('2 row(s) cannot be read');
  await expect(preview).toContainText('line 13, Pain Level: "14" is not a pain level 0–10');
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expectAccessible(page, 'import preview');
  await page.screenshot({
    path: 'test-results/screenshots/app-import-preview.png',
    fullPage: true,
  });
  await page.getByLabel(/Import the rest/).check();
  await importButton.click();
  await expect(page.getByText(/Imported: \d+ new records/)).toBeVisible();
  expect(await diary.list('attacks')).toHaveLength(5);
});

test('Bearable: nothing is written until the person says which days count as recorded', async ({
  page,
  diary,
}) => {
  const app = new AppPage(page);
  await app.open('/settings#import');
  await page.getByLabel("Time zone the file's times are in").fill('America/New_York');
  await page.getByLabel(/Also make America\/New_York my time zone/).check();
  await page
    .getByLabel('Choose a file…')
    .setInputFiles(file('test/fixtures/real/bearable/Bearable_Export_20210728.csv'));
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Times are shown in America/New_York.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.getByLabel(/^71 days/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported: \d+ new records/)).toBeVisible();
  expect(await diary.list('attacks')).toHaveLength(12);
  expect((await diary.person()).timeZone).toBe('America/New_York');
});
