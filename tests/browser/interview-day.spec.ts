import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { passPreJoin } from './practice-room.js';
import { testDatabase } from './test-database.js';

const STATION_MINUTES = 5;
/** How long after the schedule is moved rotation 1 ends: time for both candidates to reach their first room. */
const FIRST_ROTATION_LEFT_SECONDS = 25;
/** The gap the moved schedule leaves between the rotations (a real day's is whole minutes). */
const GAP_SECONDS = 10;

/** A calendar date some days from now, far enough that nobody in the demo cohort is booked then. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

/**
 * A real day starts at least 30 minutes ahead and its stations last at least 5 minutes, so the journey moves the
 * stored schedule (as built, the one clock every room reads) to now: rotation 1 started nearly a station ago and
 * ends in a few seconds, rotation 2 follows after a short gap. The live view reads the day's own start and rotation
 * length, so the day moves with it (its gap set to 0 minutes).
 */
async function runDayNow(port: number, dayId: string): Promise<void> {
  const db = await testDatabase(port);
  try {
    await db.query('BEGIN');
    const firstEnd = `now() + ${FIRST_ROTATION_LEFT_SECONDS} * interval '1 second'`;
    const step = `(${STATION_MINUTES} * interval '1 minute' + ${GAP_SECONDS} * interval '1 second')`;
    await db.query(
      `UPDATE day_sessions
          SET rotation_starts_at = ${firstEnd} - ${STATION_MINUTES} * interval '1 minute' + rotation * ${step},
              rotation_ends_at = ${firstEnd} + rotation * ${step}
        WHERE day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE sessions s
          SET starts_at = ds.rotation_starts_at, ends_at = ds.rotation_starts_at + (s.ends_at - s.starts_at)
         FROM day_sessions ds
        WHERE ds.session_id = s.id AND ds.day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE session_participants sp
          SET during = tstzrange(s.starts_at, s.ends_at)
         FROM sessions s JOIN day_sessions ds ON ds.session_id = s.id
        WHERE sp.session_id = s.id AND ds.day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE interview_days d
          SET starts_at = first.starts_at, ends_at = first.starts_at + d.rotation_count * d.rotation_minutes * interval '1 minute',
              gap_minutes = 0
         FROM (SELECT min(rotation_starts_at) AS starts_at FROM day_sessions WHERE day_id = $1) first
        WHERE d.id = $1`,
      [dayId],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    await db.end();
  }
}

interface Visit {
  station: string;
  roomPath: string;
}

/** The candidate's two stations, from their itinerary on the day page. */
async function itineraryOf(page: Page, dayPath: string): Promise<[Visit, Visit]> {
  await page.goto(dayPath);
  const itinerary = page.getByRole('region', { name: 'Your itinerary' });
  await expect(itinerary.getByRole('row')).toHaveCount(3);
  const visits: Visit[] = [];
  for (const rotation of [1, 2]) {
    const row = itinerary.getByRole('row').nth(rotation);
    const station = (await row.getByRole('cell').nth(2).textContent())!;
    const roomPath = (await row.getByRole('link', { name: `Open the room for rotation ${rotation}` }).getAttribute('href'))!;
    visits.push({ station, roomPath });
  }
  return [visits[0], visits[1]];
}

/** Into the first room, the one-minute banner, the waiting screen at the rotation's end, then the next room by itself. */
async function rotateOnce(page: Page, [first, second]: [Visit, Visit], checkAccessibility: boolean): Promise<void> {
  await page.goto(first.roomPath);
  await passPreJoin(page);
  const clock = page.getByRole('group', { name: 'Rotation clock' });
  await expect(clock).toContainText(first.station);
  await expect(clock).toContainText('Rotation 1 of 2');
  await expect(clock.getByText(/^One minute left/)).toBeVisible();
  if (checkAccessibility) await expectNoSeriousA11yViolations(page);

  const waiting = page.getByRole('region', { name: 'On to your next station' });
  await expect(waiting).toBeVisible({ timeout: (FIRST_ROTATION_LEFT_SECONDS + 10) * 1000 });
  await expect(waiting).toContainText(`Next: ${second.station} at`);
  if (checkAccessibility) await expectNoSeriousA11yViolations(page);

  await expect(page).toHaveURL(new RegExp(`${second.roomPath}$`), { timeout: (GAP_SECONDS + 10) * 1000 });
  await expect(page.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rotation clock' })).toContainText(second.station);
  await expect(page.getByRole('group', { name: 'Rotation clock' })).toContainText('Rotation 2 of 2');
}

test.describe('interview days', () => {
  test('a coordinator builds a day of two stations; on its one clock both candidates are warned and moved to their next room', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const port = Number(new URL(baseURL!).port);
    const ines = await newDemoCandidate(browser, baseURL!, 'Ines Rotation');
    const omar = await newDemoCandidate(browser, baseURL!, 'Omar Rotation');
    try {
      await signIn(page, demoAccounts.coordinator.email);
      await page.goto('/cohorts');
      await page.getByRole('link', { name: DEMO_COHORT_NAME }).click();
      await page.getByRole('link', { name: 'Build an interview day' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Build an interview day' })).toBeVisible();

      await page.getByLabel('Title', { exact: true }).fill('Rotation journey day');
      await page.getByLabel('Date', { exact: true }).fill(daysFromNow(40));
      await page.getByLabel('Start time').fill('09:00');
      // A station without its interviewer is refused beside the field, before any request.
      await page.getByRole('button', { name: 'Build the day' }).click();
      await expect(page.getByText('Station 1 interviewer is required: pick who interviews here.')).toBeVisible();
      // Focus lands on the first field to fix.
      await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[aria-invalid="true"]')))).toBe(true);

      await page.getByLabel('Station 1 name').fill('Ethics station');
      await page.getByLabel('Station 1 interviewer').selectOption({ label: 'Dr. Priya Raman (mentor)' });
      await page.getByLabel('Station 1 script').selectOption({ index: 1 });
      // Station scripts come first, and picking one sets the station to the script's own length.
      await expect(page.getByLabel('Station 1 script').locator('option:checked')).toHaveText(/^MMI station: .* · 8 min ·/);
      await expect(page.getByLabel('Station 1 length')).toHaveValue('8');
      await page.getByLabel('Station 1 length').selectOption(String(STATION_MINUTES));
      await page.getByRole('button', { name: 'Add a station' }).click();
      await page.getByLabel('Station 2 name').fill('Teamwork station');
      await page.getByLabel('Station 2 interviewer').selectOption({ label: 'Marcus Lee (mentor)' });
      await page.getByLabel('Station 2 script').selectOption({ index: 2 });
      await page.getByLabel('Station 2 length').selectOption(String(STATION_MINUTES));
      await page.getByRole('checkbox', { name: 'Ines Rotation' }).check();
      await page.getByRole('checkbox', { name: 'Omar Rotation' }).check();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: 'Build the day' }).click();

      await expect(page).toHaveURL(/\/interview-days\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Rotation journey day' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'is built: 2 rotations' })).toBeVisible();
      const grid = page.getByRole('region', { name: 'Every rotation' });
      await expect(grid.getByRole('columnheader', { name: /Ethics station/ })).toBeVisible();
      await expect(grid.getByRole('link', { name: /Ines Rotation/ })).toHaveCount(2);
      await expectNoSeriousA11yViolations(page);
      const dayPath = new URL(page.url()).pathname;
      // The cohort page lists it.
      await page.getByRole('link', { name: '← Cohort' }).click();
      await expect(
        page.getByRole('region', { name: 'Interview days' }).getByRole('link', { name: 'Rotation journey day' }),
      ).toHaveAttribute('href', dayPath);

      // Before any room of the day opens (rooms keep the day's times once read).
      await runDayNow(port, dayPath.split('/').pop()!);

      for (const candidate of [ines, omar]) await candidate.context().grantPermissions(['camera', 'microphone']);
      const inesDay = await itineraryOf(ines, dayPath);
      await expectNoSeriousA11yViolations(ines);
      const omarDay = await itineraryOf(omar, dayPath);
      // Two candidates, two stations: they start apart and swap.
      expect(inesDay[0].station).toBe(omarDay[1].station);
      expect(inesDay[1].station).toBe(omarDay[0].station);

      await Promise.all([rotateOnce(ines, inesDay, true), rotateOnce(omar, omarDay, false)]);

      // The coordinator's live view: both candidates at their second station, in the room.
      await page.goto(`${dayPath}/live`);
      await expect(page.getByRole('heading', { level: 1, name: 'Rotation journey day: live' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Rotation 2 of 2 is running' })).toBeVisible();
      for (const [name, visits] of [
        ['Ines Rotation', inesDay],
        ['Omar Rotation', omarDay],
      ] as const) {
        const station = page.getByRole('listitem', { name: visits[1].station });
        await expect(station).toContainText(`Candidate: ${name} In the room`);
      }
      await expectNoSeriousA11yViolations(page);

      await page.goto(`${dayPath}/scores`);
      await expect(page.getByRole('heading', { level: 1, name: 'Rotation journey day: scores' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/api${dayPath}/scores.csv`);
      await expect(page.getByRole('region', { name: 'Interviewer severity' })).toContainText('Nothing to compare yet');
      await expectNoSeriousA11yViolations(page);
    } finally {
      await ines.context().close();
      await omar.context().close();
    }
  });
});
