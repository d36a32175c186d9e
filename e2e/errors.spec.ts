/** Errors are shown next to the field they name, and nothing typed is lost on a failed save. */
import { AppPage } from './pages/app.page.ts';
import { AttackFormPage } from './pages/attack-form.page.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

test.use({ serviceWorkers: 'block' });

test('a refusal by the server is shown at the named field and the form keeps its values', async ({
  page,
  diary,
}, info) => {
  await page.route('**/api/attacks/*', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'invalid',
              message: 'peakPain: must be at least the highest pain reading (9)',
              field: 'peakPain',
            },
          }),
        })
      : route.fallback(),
  );
  const form = new AttackFormPage(page);
  await form.open('/attacks/new');
  await form.choose(/^Worst pain/, '5');
  await form.page.getByLabel('Notes').fill('Started after a long meeting');
  await form.save().click();

  const group = form.group(/^Worst pain/);
  await expect(group.locator('.field-error')).toHaveText(
    /must be at least the highest pain reading/,
  );
  await expect(page.getByRole('alert')).toContainText('Peak pain: must be at least');
  await expect(group.getByRole('radio', { name: '5' })).toBeChecked();
  await expect(page.getByLabel('Notes')).toHaveValue('Started after a long meeting');
  await checkPage(page, info, 'attack-error');
  expect(await diary.attacks()).toHaveLength(0);

  await page.unroute('**/api/attacks/*');
  await form.save().click();
  await expect(form.heading(/Today/)).toBeVisible();
  expect((await diary.attacks())[0]?.notes).toBe('Started after a long meeting');
});

test('the diary format rules are checked before sending (MIDAS day limits)', async ({
  page,
  diary,
}) => {
  const app = new AppPage(page);
  await app.open('/questionnaires');
  const items = page.locator('form input[type="number"]');
  const answers = ['60', '40', '0', '0', '0', '10', '5'];
  for (const [i, value] of answers.entries()) await items.nth(i).fill(value);
  await app.button('Save answers').click();
  await expect(items.nth(1)).toHaveAccessibleDescription(/Q1 \+ Q2 cannot exceed 92 days/);
  await expect(items.nth(0)).toHaveValue('60');
  expect(await diary.list('questionnaires')).toHaveLength(0);
  await items.nth(1).fill('20');
  await app.button('Save answers').click();
  await expect(page.getByText(/MIDAS 80 · IV/)).toBeVisible();
});
