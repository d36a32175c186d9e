/** Any past entry can be edited or deleted; several attacks a day; the red-flag screen. */
import { AttackFormPage } from './pages/attack-form.page.ts';
import { migraineAttack, today } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('logs two attacks on one day, edits one and deletes the other', async ({ page, diary }) => {
  const form = new AttackFormPage(page);
  for (const pain of ['4', '6']) {
    await form.open('/attacks/new');
    await form.choose('It started', '15 min ago');
    await form.choose(/^Worst pain/, pain);
    await form.save().click();
    await expect(form.heading(/Today/)).toBeVisible();
  }
  expect(await diary.attacks()).toHaveLength(2);

  await form.open(`/calendar?day=${today()}`);
  const entries = page.locator('.day-detail .entry-list a');
  await expect(entries).toHaveCount(2);
  await entries.first().click();
  await expect(form.heading('Attack details')).toBeVisible();
  await form.choose(/^Worst pain/, '9');
  await form.save().click();
  await expect(form.heading('Calendar')).toBeVisible();
  expect((await diary.attacks()).map((a) => a.peakPain).sort()).toEqual([6, 9].sort());

  await entries.last().click();
  await form.button('Delete').click();
  await form.button('Yes, delete').click();
  await expect(form.heading('Calendar')).toBeVisible();
  await expect(entries).toHaveCount(1);
  expect(await diary.attacks()).toHaveLength(1);
});

test('the red-flag screen gives urgent advice on a yes', async ({ page, diary }, info) => {
  await diary.create('attacks', migraineAttack('a-flags', today()));
  const form = new AttackFormPage(page);
  await form.open('/attacks/a-flags#red-flags');
  await form.answer('Is this a new headache, or clearly different from your usual ones?', 'Yes');
  await expect(page.getByRole('alert')).toContainText('prompt review');
  await page.getByLabel(/reach its worst within about a minute/).check();
  await expect(page.getByRole('alert')).toContainText('Call emergency services');
  await checkPage(page, info, 'attack-red-flags');
  await form.save().click();
  await expect(form.heading(/Today/)).toBeVisible();
  const { body } = await diary.get('attacks', 'a-flags');
  expect(body).toMatchObject({ redFlags: ['pattern_change', 'thunderclap'] });
});
