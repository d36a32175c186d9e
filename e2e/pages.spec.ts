/**
 * Every page with the demo diary, light and dark: axe-core finds no serious or critical
 * violation, and a screenshot of each is saved for review.
 */
import { AppPage } from './pages/app.page.ts';
import { today } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

const PAGES: [name: string, path: string][] = [
  ['today', '/'],
  ['attack-new', '/attacks/new'],
  ['attack-edit', '/attacks/demo-a-003'],
  ['check-in', '/check-in'],
  ['calendar', `/calendar?day=${today()}`],
  ['trends', '/trends'],
  ['therapy', '/therapy'],
  ['therapy-course', '/therapy/demo-t-cst'],
  ['session-new', '/sessions/new'],
  ['session-edit', '/sessions/demo-s-01'],
  ['medications', '/medications'],
  ['intake-new', '/intakes/new'],
  ['intake-edit', '/intakes/demo-i-001'],
  ['questionnaires', '/questionnaires'],
  ['settings', '/settings'],
  ['more', '/more'],
  ['not-found', '/no-such-page'],
];

test.beforeEach(async ({ diary }) => {
  await diary.loadDemo();
});

test('every page passes axe and is captured (light)', async ({ page }, info) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  for (const [name, path] of PAGES) {
    await app.open(path);
    await expect(page.locator('.loading')).toHaveCount(0);
    if (name === 'trends') await expect(page.locator('.chart svg')).toHaveCount(6);
    await checkPage(page, info, `page-${name}`);
  }
  await app.open('/questionnaires');
  await app.choose('Questionnaire', 'HIT-6 (last 4 weeks)');
  await checkPage(page, info, 'page-questionnaires-hit6');
});

test('key pages pass axe in dark mode', async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new AppPage(page);
  for (const [name, path] of PAGES.filter(([n]) =>
    ['today', 'calendar', 'trends', 'therapy-course', 'attack-edit'].includes(n),
  )) {
    await app.open(path);
    await expect(page.locator('.loading')).toHaveCount(0);
    if (name === 'trends') await expect(page.locator('.chart svg')).toHaveCount(6);
    await checkPage(page, info, `dark-${name}`);
  }
});

test('the keyboard reaches "Migraine now" and every tab with a visible focus', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const migraineNow = app.button('Migraine now');
  for (
    let i = 0;
    i < 10 && !(await migraineNow.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(migraineNow).toBeFocused();
  const outline = await migraineNow.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await app.expectAttackMode(true);
});
