/** Logged data shows up on the calendar (by word and marker, not only colour) and in trends. */
import { AppPage } from './pages/app.page.ts';
import { migraineAttack, today } from './support/diary-api.ts';
import { checkPage, expect, test } from './support/fixtures.ts';

const daysAgo = (n: number) => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

test('the calendar and trends show logged attacks, medication and sessions', async ({
  page,
  diary,
}, info) => {
  const migraineDay = daysAgo(2);
  const headacheDay = daysAgo(1);
  await diary.create('attacks', migraineAttack('a-mig', migraineDay));
  await diary.create('attacks', {
    id: 'a-head',
    start: `${headacheDay}T10:00:00Z`,
    end: `${headacheDay}T13:00:00Z`,
    peakPain: 3,
    side: 'both',
    quality: ['pressing'],
  });
  await diary.create('medications', {
    id: 'm-ibu',
    name: 'Ibuprofen',
    class: 'nonopioid_analgesic',
  });
  await diary.create('intakes', {
    id: 'i-1',
    medicationId: 'm-ibu',
    at: `${migraineDay}T07:00:00Z`,
    attackId: 'a-mig',
  });
  await diary.create('therapies', {
    id: 't-cst',
    name: 'CST',
    kind: 'craniosacral',
    start: headacheDay,
  });
  await diary.create('sessions', { id: 's-1', therapyId: 't-cst', at: `${headacheDay}T15:00:00Z` });
  await diary.create('days', { date: today(), stress: 2 });

  const app = new AppPage(page);
  await app.open(`/calendar?month=${migraineDay.slice(0, 7)}`);
  const cell = (day: string) =>
    page.getByRole('button', { name: new RegExp(`^\\w+ ${Number(day.slice(8))} \\w+, `) });
  await expect(cell(migraineDay)).toHaveAccessibleName(/Migraine day, acute medication$/);
  await expect(cell(migraineDay)).toContainText('Mig');
  await expect(cell(migraineDay)).toContainText('▲');
  await expect(cell(headacheDay)).toHaveAccessibleName(
    /Headache day \(not migraine\), therapy session$/,
  );
  await expect(cell(headacheDay)).toContainText('◆');
  await expect(cell(today())).toHaveAccessibleName(/Recorded, no headache$/);
  await cell(migraineDay).click();
  await expect(page.locator('.day-detail')).toContainText('Ibuprofen');
  await checkPage(page, info, 'calendar-logged');

  await app.open('/trends');
  await expect(page.getByTestId('chart-migraineDays').locator('svg')).toBeVisible();
  const migraine = page.getByRole('region', { name: /Migraine days/ });
  await migraine.getByText('Show as a table').click();
  await expect(migraine.locator('tbody tr').first()).toContainText('1');
  await expect(migraine.locator('tbody tr').first()).toContainText('in progress');
  await checkPage(page, info, 'trends-logged');
});
