/**
 * Mid-attack logging: "migraine now" in at most three taps from the home screen, attack mode
 * while it lasts, one tap to end it, and the details completed later.
 */
import { AttackFormPage } from './pages/attack-form.page.ts';
import { TodayPage } from './pages/today.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test('logs a migraine in three taps and switches attack mode on and off', async ({
  page,
  diary,
}, info) => {
  const today = new TodayPage(page);
  await today.open('/');
  await today.expectAttackMode(false);

  await today.migraineNow.click(); // tap 1: the attack starts now
  await today.expectAttackMode(true);
  await today.startedAgo('30 min ago').click(); // tap 2: it started 30 minutes ago
  await today.pain(7).click(); // tap 3: pain 7
  await expect(page.getByRole('status').filter({ hasText: 'Pain 7 at' })).toBeVisible();
  await expect(today.sync).toHaveText('All saved');

  const [attack] = await diary.attacks();
  expect(attack?.end).toBeNull();
  expect(attack?.peakPain).toBe(7);
  expect(attack?.readings).toHaveLength(1);
  const minutesAgo = (Date.now() - Date.parse(attack?.start ?? '')) / 60_000;
  expect(minutesAgo).toBeGreaterThan(29);
  expect(minutesAgo).toBeLessThan(32);
  await checkPage(page, info, 'today-attack-mode');

  await today.endAttack.click(); // one tap ends it
  await today.expectAttackMode(false);
  await expect(today.migraineNow).toBeVisible();
  await expect.poll(async () => (await diary.attacks())[0]?.end).not.toBeNull();
  await expect(today.addDetailsLink()).toBeVisible();
  await checkPage(page, info, 'today-after-attack');
});

test('completes an attack later with the head diagram and symptoms', async ({
  page,
  diary,
}, info) => {
  const today = new TodayPage(page);
  await today.open('/');
  await today.migraineNow.click();
  await today.endAttack.click();
  await today.addDetailsLink().click();

  const form = new AttackFormPage(page);
  await expect(form.heading('Attack details')).toBeVisible();
  await form.choose(/^Worst pain/, '8');
  await form.tapRegion('temple');
  await form.tapRegion('behind_eye');
  await form.choose('Which side?', 'Left');
  await form.choose('It felt', 'Pulsating');
  await form.answer('Nausea', 'Yes');
  await form.answer('Light bothered me', 'Yes');
  await form.answer('Worse with routine activity (walking, stairs)', 'Yes');
  await form.choose('How much did it stop you?', 'Had to stop');
  await form.choose('Possible triggers', 'Stress');
  await checkPage(page, info, 'attack-complete-later');
  await form.save().click();
  await expect(today.heading(/Today/)).toBeVisible();
  await expect(today.addDetailsLink()).toHaveCount(0);

  const [attack] = await diary.attacks();
  expect(attack).toMatchObject({
    peakPain: 8,
    side: 'left',
    regions: ['temple', 'behind_eye'],
    quality: ['pulsating'],
    nausea: true,
    photophobia: true,
    worseWithActivity: true,
    disability: 2,
    triggers: ['stress'],
  });
});

test('logs a medication during an attack with one tap', async ({ page, diary }) => {
  await diary.create('medications', { id: 'med-1', name: 'Sumatriptan', class: 'triptan' });
  const today = new TodayPage(page);
  await today.open('/');
  await today.migraineNow.click();
  await today.tookMedication.click();
  await today.button('Sumatriptan').click();
  await expect(page.getByText(/Sumatriptan logged at/)).toBeVisible();
  const [attack] = await diary.attacks();
  const intakes = await diary.list<{ attackId: string; medicationId: string }>('intakes');
  expect(intakes).toEqual([
    expect.objectContaining({ medicationId: 'med-1', attackId: attack?.id }),
  ]);
});
