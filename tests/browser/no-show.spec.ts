import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, signIn } from './demo-accounts.js';
import { testDatabase } from './test-database.js';

/** Moves a session (and its people's booked ranges) so it started `minutes` ago: no page can wind the clock on. */
async function startedMinutesAgo(port: number, sessionId: string, minutes: number): Promise<void> {
  const db = await testDatabase(port);
  try {
    const start = `now() - ${minutes} * interval '1 minute'`;
    await db.query(`UPDATE sessions SET starts_at = ${start}, ends_at = ${start} + interval '30 minutes' WHERE id = $1`, [
      sessionId,
    ]);
    await db.query(
      `UPDATE session_participants SET during = tstzrange(${start}, ${start} + interval '30 minutes') WHERE session_id = $1`,
      [sessionId],
    );
  } finally {
    await db.end();
  }
}

test('a candidate records a partner who never came as a no-show, and the coordinator clears it with a reason', async ({
  browser,
  baseURL,
}) => {
  const coordinator = await (await browser.newContext()).newPage();
  const candidate = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator@demo.test');
  await signIn(candidate, 'candidate3@demo.test');

  // Set-up over the API: the coordinator schedules a peer session of candidates 3 and 4, which then "started" 12 minutes ago.
  const cohorts = (await (await coordinator.request.get('/api/cohorts')).json()) as { id: string; name: string }[];
  const cohort = cohorts.find((c) => c.name === DEMO_COHORT_NAME)!;
  const members = (await (await coordinator.request.get(`/api/cohorts/${cohort.id}/members`)).json()) as {
    userId: string;
    email?: string;
  }[];
  const idOf = (email: string) => members.find((m) => m.email === email)!.userId;
  const scheduled = await coordinator.request.post(`/api/cohorts/${cohort.id}/sessions`, {
    data: {
      kind: 'peer_swap',
      track: 'residency_fellowship',
      startsAt: new Date(Date.now() + 20 * 24 * 3600_000).toISOString(),
      participants: [
        { userId: idOf('candidate3@demo.test'), role: 'candidate' },
        { userId: idOf('candidate4@demo.test'), role: 'candidate' },
      ],
    },
  });
  expect(scheduled.status()).toBe(201);
  const sessionId = ((await scheduled.json()) as { id: string }).id;
  await startedMinutesAgo(Number(new URL(baseURL!).port), sessionId, 12);

  await candidate.goto(`/sessions/${sessionId}`);
  // The session page offers the event for a calendar, as an .ics download.
  const [download] = await Promise.all([
    candidate.waitForEvent('download'),
    candidate.getByRole('link', { name: 'Add to calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`rounds-session-${sessionId}.ics`);
  const record = candidate.getByRole('region', { name: 'Record a no-show' });
  await expect(record).toContainText('From 10 minutes after the start');
  await record.getByLabel(/Note/).fill('Waited 12 minutes; no reply.');
  await record.getByRole('button', { name: 'Record no-show' }).click();
  await expect(candidate.getByRole('status').filter({ hasText: 'is recorded as a no-show' })).toBeVisible();
  await expect(candidate.getByRole('row', { name: /No-show/ })).toHaveCount(1);

  await coordinator.goto(`/sessions/${sessionId}`);
  const clear = coordinator.getByRole('region', { name: 'Clear a no-show' });
  await clear.getByRole('button', { name: 'Clear the no-show' }).click();
  // The reason is required, and the browser says so before anything is sent.
  await expect(clear.getByLabel(/Why the record is wrong/)).toHaveAttribute('aria-invalid', 'true');
  await expect(clear).toContainText(/is required|needs a few words/);
  await expectNoSeriousA11yViolations(coordinator);
  await clear.getByLabel(/Why the record is wrong/).fill('Joined by phone when the camera failed.');
  await clear.getByRole('button', { name: 'Clear the no-show' }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: 'is cleared' })).toBeVisible();
  await expect(coordinator.getByRole('row', { name: /No-show/ })).toHaveCount(0);
  await expect(coordinator.getByRole('region', { name: 'Clear a no-show' })).toHaveCount(0);

  // The session was a no-show and is back on after clearing: cancelled, so its people are free for later journeys.
  const cancelled = await coordinator.request.post(`/api/sessions/${sessionId}/cancel`, {
    data: { reason: 'End of the no-show journey.' },
  });
  expect(cancelled.status()).toBe(200);
  await coordinator.context().close();
  await candidate.context().close();
});
