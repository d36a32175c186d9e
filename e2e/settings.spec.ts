/** Settings: backup download, restore (checked first, applied on confirmation), day rules. */
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app.page.ts';
import { EMPTY_DIARY, migraineAttack, today } from './support/diary-api.ts';
import { expect, test } from './support/fixtures.ts';

test('downloads a backup and restores it after a check', async ({ page, diary }) => {
  await diary.create('attacks', migraineAttack('a-keep', today()));
  const app = new AppPage(page);
  await app.open('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    app.button('Download a backup').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stillpoint-\d{4}-\d{2}-\d{2}\.diary\.json$/);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(backup)).toMatchObject({
    format: 'stillpoint.diary',
    attacks: [{ id: 'a-keep' }],
  });

  await diary.replace(EMPTY_DIARY);
  await page.getByLabel('Restore a backup (replaces the whole diary)').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(page.getByText(/backup.json is valid: 1 attacks/)).toBeVisible();
  expect(await diary.attacks()).toHaveLength(0);
  await app.button('Replace my diary').click();
  await expect(page.getByText(/Done: 1 attacks/)).toBeVisible();
  expect((await diary.attacks()).map((a) => a.id)).toEqual(['a-keep']);
});

test('a broken file is refused with the field it names, and nothing changes', async ({
  page,
  diary,
}) => {
  await diary.create('attacks', migraineAttack('a-keep', today()));
  const app = new AppPage(page);
  await app.open('/settings');
  const broken = { ...EMPTY_DIARY, attacks: [{ id: 'x', start: 'yesterday' }] };
  await page.getByLabel('Add entries from a diary file (keeps yours)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByRole('alert')).toContainText('attacks[0].start');
  expect((await diary.attacks()).map((a) => a.id)).toEqual(['a-keep']);
});

test('day rules are sent with every analysis request', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/settings');
  await app.choose(
    'What counts as a migraine day',
    'Older rule: migraine features for 4 hours or more',
  );
  const request = page.waitForRequest((r) => r.url().includes('/api/analysis/days'));
  await app.navLink('Calendar').click();
  expect((await request).url()).toContain('migraineDayRule=legacy4h');
});
