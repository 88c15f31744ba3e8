import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { testDatabase } from './test-database.js';

let scheduled = 0;
const idOf = async (person: Page) => ((await (await person.request.get('/api/auth/me')).json()) as { id: string }).id;

/**
 * Set-up, not the journey under test: a peer session of two new candidates scheduled by the demo coordinator, then
 * moved in the database to start `minutesFromNow` (a real one is scheduled at least 30 minutes ahead), with `status`.
 */
async function sessionAt(
  port: number,
  coordinator: Page,
  people: [Page, Page],
  minutesFromNow: number,
  status: 'scheduled' | 'completed',
): Promise<string> {
  const cohorts = (await (await coordinator.request.get('/api/cohorts')).json()) as { id: string; name: string }[];
  const cohortId = cohorts.find((cohort) => cohort.name === DEMO_COHORT_NAME)!.id;
  const created = await coordinator.request.post(`/api/cohorts/${cohortId}/sessions`, {
    data: {
      kind: 'peer_swap',
      track: 'residency_fellowship',
      // Any free time ahead: the database moves it next. Each call takes a day of its own.
      startsAt: new Date(Date.now() + (40 + (scheduled += 1)) * 24 * 60 * 60_000).toISOString(),
      durationMinutes: 30,
      participants: await Promise.all(people.map(async (person) => ({ userId: await idOf(person), role: 'candidate' }))),
    },
  });
  expect(created.status()).toBe(201);
  const sessionId = ((await created.json()) as { id: string }).id;
  const db = await testDatabase(port);
  try {
    const start = `now() + ${minutesFromNow} * interval '1 minute'`;
    await db.query(
      `UPDATE sessions SET starts_at = ${start}, ends_at = ${start} + interval '30 minutes', status = $2 WHERE id = $1`,
      [sessionId, status],
    );
    await db.query(
      `UPDATE session_participants SET during = tstzrange(${start}, ${start} + interval '30 minutes') WHERE session_id = $1`,
      [sessionId],
    );
  } finally {
    await db.end();
  }
  return sessionId;
}

test.describe("the coordinator's dashboard and cohort page", () => {
  test('shows what needs the coordinator now, with shortcuts; the cohort page finds members and shows their practice', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const port = Number(new URL(baseURL!).port);
    const [lina, marco, nadia] = await Promise.all(
      ['Lina Live', 'Marco Live', 'Nadia Absent'].map((name) => newDemoCandidate(browser, baseURL!, name)),
    );
    try {
      await signIn(page, demoAccounts.coordinator.email);
      await sessionAt(port, page, [lina, marco], -5, 'scheduled');
      await sessionAt(port, page, [lina, marco], -3 * 24 * 60, 'completed');
      const missed = await sessionAt(port, page, [lina, nadia], -24 * 60, 'scheduled');
      const marked = await page.request.post(`/api/sessions/${missed}/no-show`, {
        data: { userId: await idOf(nadia), reason: 'Did not join or answer.' },
      });
      expect(marked.status()).toBe(200);

      await page.goto('/');
      const now = page.getByRole('region', { name: `Needs you now: ${DEMO_COHORT_NAME}` });
      const live = now.getByRole('region', { name: 'Live now' });
      await expect(live.getByRole('listitem').filter({ hasText: 'Lina Live and Marco Live' })).toContainText('Peer practice');
      await expect(live.getByRole('link', { name: 'Observe Peer practice' }).first()).toHaveAttribute('href', /\/room$/);
      const noShows = now.getByRole('region', { name: 'No-shows to confirm or clear' });
      await expect(noShows.getByRole('listitem').filter({ hasText: 'Nadia Absent did not come to' })).toBeVisible();
      await expect(now.getByRole('region', { name: 'Feedback owed' })).toContainText(/still owed|Every form/);
      await expectNoSeriousA11yViolations(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSeriousA11yViolations(page);
      await page.setViewportSize({ width: 1280, height: 860 });

      // The no-show leads to the session page, where the coordinator can clear it.
      await noShows.getByRole('link', { name: /^Peer practice/ }).click();
      await expect(page).toHaveURL(new RegExp(`/sessions/${missed}$`));
      await page.goBack();

      await now.getByRole('link', { name: 'Schedule a session' }).click();
      await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}\/schedule$/);
      await page.goBack();
      await now.getByRole('link', { name: 'Build an interview day' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Build an interview day' })).toBeVisible();

      // The cohort page: search, activity, and accommodations only on candidates' rows.
      await page.getByRole('link', { name: `← ${DEMO_COHORT_NAME}` }).click();
      const members = page.getByRole('region', { name: 'Members' });
      await expect(members.getByRole('columnheader', { name: 'Sessions done' })).toBeVisible();
      await expect(
        members.getByRole('row').filter({ hasText: 'Dr. Priya Raman' }).getByText('Change', { exact: false }),
      ).toHaveCount(0);
      await members.getByLabel('Search members').fill('lina live');
      await expect(members.getByRole('row')).toHaveCount(2); // the header and Lina
      const lineRow = members.getByRole('row').nth(1);
      await expect(lineRow.getByRole('rowheader')).toHaveText('Lina Live');
      await expect(lineRow.getByRole('cell').filter({ hasText: /^1$/ })).toHaveCount(1);
      await expect(lineRow.locator('summary')).toContainText('Change');
      await expectNoSeriousA11yViolations(page);
      await members.getByLabel('Search members').fill('nobody by this name');
      await expect(members.getByText('Nobody matches “nobody by this name”.')).toBeVisible();
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSeriousA11yViolations(page);
    } finally {
      for (const person of [lina, marco, nadia]) await person.context().close();
    }
  });
});
