/**
 * "Today" is the person's day, not the phone's. The phone is in Pago Pago (UTC−11) and the
 * diary's person in Kiritimati (UTC+14): 25 hours apart, the two zones never share a date. The
 * app must show, check in and mark the person's today — the day the server counts as today.
 */
import { personToday } from '../src/domain/calendar/local-day.ts';
import { AppPage } from './pages/app.page.ts';
import { EMPTY_DIARY, longDay } from './support/diary-api.ts';
import { expect, test } from './support/fixtures.ts';

const DEVICE = 'Pacific/Pago_Pago';
const PERSON = 'Pacific/Kiritimati';

test.use({ timezoneId: DEVICE });

test("counts today in the person's zone, as the server does, on a phone in another zone", async ({
  page,
  diary,
}) => {
  await diary.replace({ ...EMPTY_DIARY, person: { timeZone: PERSON } });
  await diary.create('therapies', {
    id: 'zones',
    name: 'Massage',
    kind: 'massage',
    start: '2026-01-01',
  });
  const plan = await diary.makePlan('zones');
  expect(plan.status).toBe(201);
  const serverToday = (plan.body as { today: string }).today;
  expect(serverToday).toBe(personToday({ timeZone: PERSON }, Date.now()));
  expect(serverToday).not.toBe(personToday({ timeZone: DEVICE }, Date.now()));
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(DEVICE);

  const app = new AppPage(page);
  await app.open('/');
  await expect(app.heading(/Today/)).toContainText(longDay(serverToday));
  const checkIn = page.getByRole('link', { name: 'Check in for today' });
  await expect(checkIn).toHaveAttribute('href', `/check-in/${serverToday}`);
  await checkIn.click();
  await expect(app.heading('Today’s check-in')).toBeVisible();
  await page.getByLabel('Sleep (hours)').fill('7');
  await app.button('Save check-in').click();
  await expect(page.getByText(/Today: slept 7 h/)).toBeVisible();
  expect((await diary.get('days', serverToday)).body).toMatchObject({
    date: serverToday,
    sleepHours: 7,
  });

  await app.open('/calendar');
  await expect(page.locator('[aria-current="date"]')).toContainText(
    String(Number(serverToday.slice(8))),
  );
  await expect(page.locator('[aria-current="date"] .visually-hidden')).toContainText(
    longDay(serverToday),
  );
});
