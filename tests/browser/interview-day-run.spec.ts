import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { testDatabase } from './test-database.js';

/** A calendar date some days from now, far enough that nobody in the demo cohort is booked then. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

const idOf = async (person: Page) => ((await (await person.request.get('/api/auth/me')).json()) as { id: string }).id;

/**
 * Set-up, not the journey under test: a day of the demo cohort built over the API by the signed-in coordinator,
 * its stations taken by new candidates as peer interviewers (so no demo mentor's time is held).
 */
async function buildDay(
  coordinator: Page,
  day: { title: string; date: string; interviewers: Page[]; candidates: Page[] },
): Promise<string> {
  const cohorts = (await (await coordinator.request.get('/api/cohorts')).json()) as { id: string; name: string }[];
  const cohortId = cohorts.find((cohort) => cohort.name === DEMO_COHORT_NAME)!.id;
  const scripts = (await (await coordinator.request.get(`/api/scripts?cohortId=${cohortId}`)).json()) as { id: string }[];
  const created = await coordinator.request.post(`/api/cohorts/${cohortId}/interview-days`, {
    data: {
      title: day.title,
      date: day.date,
      startTime: '09:00',
      timeZone: 'UTC',
      gapMinutes: 2,
      stations: await Promise.all(
        day.interviewers.map(async (interviewer, index) => ({
          name: `Station ${index + 1}`,
          persona: 'program_director',
          scriptId: scripts[0].id,
          minutes: 5,
          interviewerId: await idOf(interviewer),
        })),
      ),
      candidateIds: await Promise.all(day.candidates.map(idOf)),
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/**
 * A real day starts at least 30 minutes ahead, so the journey moves the stored day (its one clock, and its sessions
 * with it) so that its first rotation started `startedSecondsAgo` ago; rotations of 5 minutes, 3-minute gaps.
 */
async function placeDayInTime(port: number, dayId: string, startedSecondsAgo: number): Promise<void> {
  const db = await testDatabase(port);
  const first = `now() - ${startedSecondsAgo} * interval '1 second'`;
  try {
    await db.query('BEGIN');
    await db.query(
      `UPDATE day_sessions SET rotation_starts_at = ${first} + rotation * interval '8 minutes',
              rotation_ends_at = ${first} + rotation * interval '8 minutes' + interval '5 minutes'
        WHERE day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE sessions s SET starts_at = ds.rotation_starts_at, ends_at = ds.rotation_ends_at
         FROM day_sessions ds WHERE ds.session_id = s.id AND ds.day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE session_participants sp SET during = tstzrange(s.starts_at, s.ends_at)
         FROM sessions s JOIN day_sessions ds ON ds.session_id = s.id WHERE sp.session_id = s.id AND ds.day_id = $1`,
      [dayId],
    );
    await db.query(
      `UPDATE interview_days SET starts_at = ${first}, ends_at = ${first} + rotation_count * interval '8 minutes' - interval '3 minutes',
              gap_minutes = 3, rotation_minutes = 5
        WHERE id = $1`,
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

test.describe('running an interview day', () => {
  test('a coordinator renames, moves and cancels a built day; its candidate sees the day and station everywhere', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const ines = await newDemoCandidate(browser, baseURL!, 'Ines Moved');
    const tomas = await newDemoCandidate(browser, baseURL!, 'Tomas Interviewer');
    try {
      await signIn(page, demoAccounts.coordinator.email);
      const date = daysFromNow(45);
      const dayId = await buildDay(page, { title: 'Journey day', date, interviewers: [tomas], candidates: [ines] });

      await page.goto(`/interview-days/${dayId}`);
      const run = page.getByRole('region', { name: 'Run the day' });
      await run.locator('summary', { hasText: 'Change the day' }).click();
      const change = run.getByRole('form', { name: 'Change the day' });
      await change.getByLabel('Title').fill('Renamed journey day');
      await change.getByLabel('Station 1 name').fill('Ethics room');
      await change.getByLabel('Start time').fill('10:30');
      // A move without a reason is refused in the browser, the reason field focused.
      await change.getByRole('button', { name: 'Save changes' }).click();
      await expect(change.getByText('Reason is required when the day moves: say why, for its people.')).toBeVisible();
      await expect(change.getByLabel('Reason')).toBeFocused();
      await change.getByLabel('Reason').fill('The hospital needs the rooms in the morning.');
      await expectNoSeriousA11yViolations(page);
      await change.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'The day is moved.' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Renamed journey day' })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Every rotation' }).getByRole('columnheader', { name: /Ethics room/ }),
      ).toBeVisible();

      // The candidate's session list, session page and day page name the day and the station, at the new time.
      await ines.goto('/sessions');
      const listed = ines.getByRole('link', { name: /^Renamed journey day, Ethics room with Tomas Interviewer/ });
      await expect(listed).toBeVisible();
      await listed.click();
      await expect(
        ines.getByRole('heading', { level: 1, name: 'Renamed journey day, Ethics room with Tomas Interviewer' }),
      ).toBeVisible();
      await expect(ines.getByText('Rotation 1 of 1 of')).toBeVisible();
      await expect(ines.getByRole('main')).toContainText('10:30');
      await expectNoSeriousA11yViolations(ines);
      await ines.getByRole('link', { name: 'Renamed journey day' }).click();
      const now = ines.getByRole('region', { name: 'Now' });
      await expect(now).toContainText('Your next station, Ethics room (rotation 1), starts in');
      await expectNoSeriousA11yViolations(ines);

      // Cancelled with a reason: the day says so, and the session is cancelled on the candidate's side.
      await page.setViewportSize({ width: 390, height: 844 });
      await run.locator('summary', { hasText: 'Cancel the day' }).click();
      const cancel = run.getByRole('form', { name: 'Cancel the day' });
      await cancel.getByRole('button', { name: 'Cancel the day' }).click();
      await expect(cancel.getByLabel('Reason')).toBeFocused();
      await cancel.getByLabel('Reason').fill('Too few interviewers this week.');
      await expectNoSeriousA11yViolations(page);
      await cancel.getByRole('button', { name: 'Cancel the day' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'The day is cancelled.' })).toBeVisible();
      await expect(page.getByText('This day was cancelled')).toBeVisible();
      await expect(page.getByText('Too few interviewers this week.')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Run the day' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);

      await ines.goto('/interview-days/' + dayId);
      await expect(ines.getByText('This day was cancelled')).toBeVisible();
      await expect(ines.getByRole('region', { name: 'Now' })).toHaveCount(0);
    } finally {
      await ines.context().close();
      await tomas.context().close();
    }
  });

  test('the live view alerts the coordinator to who is late; between rotations the interviewer is offered to score and counted down to the next', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const port = Number(new URL(baseURL!).port);
    const [uma, noor, sam, kit] = await Promise.all(
      ['Uma Late', 'Noor Late', 'Sam Interviewer', 'Kit Interviewer'].map((name) => newDemoCandidate(browser, baseURL!, name)),
    );
    try {
      await signIn(page, demoAccounts.coordinator.email);
      const dayId = await buildDay(page, {
        title: 'Late journey day',
        date: daysFromNow(46),
        interviewers: [sam, kit],
        candidates: [uma, noor],
      });

      // Rotation 1 started 3 minutes ago and nobody has come: everyone is late.
      await placeDayInTime(port, dayId, 180);
      await page.goto(`/interview-days/${dayId}/live`);
      const late = page.getByRole('alert').filter({ hasText: 'people are late' });
      await expect(late).toContainText('4 people are late: not in the room 2 minutes after rotation 1 started.');
      for (const name of [
        'Uma Late (candidate',
        'Noor Late (candidate',
        'Sam Interviewer (interviewer',
        'Kit Interviewer (interviewer',
      ]) {
        await expect(late.getByRole('listitem').filter({ hasText: name })).toBeVisible();
      }
      await expectNoSeriousA11yViolations(page);

      // Rotation 1 is over and rotation 2 starts in under 2 minutes: the gap.
      await placeDayInTime(port, dayId, 6 * 60 + 30);
      await sam.goto(`/interview-days/${dayId}`);
      const now = sam.getByRole('region', { name: 'Now' });
      await expect(now).toContainText(/Your next station, Station 1 \(rotation 2\), starts in (1 min|2 min|\d+ s)/);
      const score = now.getByRole('link', { name: /^Score (Uma|Noor) Late now$/ });
      await expect(score).toHaveAttribute('href', /\/sessions\/[0-9a-f-]{36}\/feedback\/interviewer\?about=[0-9a-f-]{36}$/);
      await expectNoSeriousA11yViolations(sam);
      await sam.setViewportSize({ width: 390, height: 844 });
      await expect(score).toBeVisible();
      await expectNoSeriousA11yViolations(sam);

      // Called off, so the people's time is free again for the journeys after this one.
      const cancelled = await page.request.post(`/api/interview-days/${dayId}/cancel`, { data: { reason: 'Journey over.' } });
      expect(cancelled.status()).toBe(200);
    } finally {
      for (const person of [uma, noor, sam, kit]) await person.context().close();
    }
  });
});
