import { expect, test } from '@playwright/test';
import { DEMO_COHORT_NAME, demoAccounts, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

// Seeded by the server (server/src/demo/demo-data.service.ts): weekday availability in their zones.
const mentor1 = { email: 'mentor1@demo.test', displayName: 'Dr. Priya Raman' };
const candidate3 = { email: 'candidate3@demo.test', displayName: 'Sofia García' };

/** A calendar date some days from now, "2026-03-14" (far enough that every zone agrees it is in the future). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60_000).toISOString().slice(0, 10);
}

test.describe('scheduling', () => {
  test('a candidate books a proposed mentor interview, and the mentor sees it in their sessions', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, demoAccounts.candidate1.email);
    await page.goto('/book');
    await expect(page.getByRole('heading', { level: 1, name: 'Book a practice session' })).toBeVisible();

    await page.getByLabel('Session type').selectOption('mentor_interview');
    await page.getByLabel('Track').selectOption('residency_fellowship');
    await page.getByLabel('Interviewer', { exact: true }).selectOption('program_director');

    const proposals = page.getByRole('region', { name: 'Proposed times' });
    const first = proposals.getByRole('button', { name: /with Dr\. Priya Raman/ }).first();
    await expect(first).toBeVisible();
    // Each proposal shows the partner's own clock too.
    await expect(first).toContainText('Their time:');
    await expect(first).toContainText('America/New York');
    await expectNoSeriousA11yViolations(page);
    const time = /^(\d\d:\d\d)–(\d\d:\d\d)/.exec((await first.textContent()) ?? '');
    expect(time).not.toBeNull();

    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    const confirm = page.getByRole('region', { name: 'Confirm your session' });
    await expect(confirm).toContainText('Dr. Priya Raman');
    await expect(confirm).toContainText('Program director');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Book this session' }).click();

    await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mentor interview with Dr. Priya Raman' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toBeVisible();
    // A slot that crosses midnight names the second day before its end time.
    await expect(page.getByRole('main')).toContainText(new RegExp(`${time![1]}–([^,]+, )?${time![2]}`));
    const people = page.getByRole('table', { name: 'People in this session' });
    await expect(people.getByRole('row', { name: /Dr\. Priya Raman/ })).toContainText('America/New York');
    await expect(people.getByRole('row', { name: /Amara Nwosu/ })).toContainText('Africa/Lagos');
    await expectNoSeriousA11yViolations(page);
    const sessionUrl = page.url();

    // The mentor, in another browser, finds the session in their list with the candidate's local time.
    const mentorContext = await browser.newContext({ baseURL });
    try {
      const mentorPage = await mentorContext.newPage();
      await signIn(mentorPage, mentor1.email);
      await expectNoSeriousA11yViolations(mentorPage);
      await mentorPage.goto('/sessions');
      const upcoming = mentorPage.getByRole('region', { name: 'Upcoming' });
      const session = upcoming
        .getByRole('listitem')
        .filter({ has: mentorPage.getByRole('link', { name: 'Mentor interview with Amara Nwosu' }) });
      await expect(session).toBeVisible();
      await expect(session).toContainText(`Amara Nwosu (candidate): ${time![1]} in Africa/Lagos`);
      // More than ten minutes ahead: the room is not open yet, and the page says when it opens.
      await expect(session.getByRole('button', { name: /^Join/ })).toBeDisabled();
      await expect(session).toContainText(/Opens at \d\d:\d\d/);
      await expectNoSeriousA11yViolations(mentorPage);

      await session.getByRole('link', { name: 'Mentor interview with Amara Nwosu' }).click();
      await expect(mentorPage).toHaveURL(sessionUrl);
      await expect(mentorPage.getByRole('heading', { level: 1, name: 'Mentor interview with Amara Nwosu' })).toBeVisible();
    } finally {
      await mentorContext.close();
    }
  });

  test('a coordinator schedules a 60-minute session and sees it on the cohort calendar', async ({ page }) => {
    await signIn(page, demoAccounts.coordinator.email);
    await page.goto('/sessions');
    await page
      .getByRole('region', { name: 'Cohorts you coordinate' })
      .getByRole('link', { name: `Schedule a session in ${DEMO_COHORT_NAME}` })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule a session' })).toBeVisible();

    await page.getByLabel('Session type').selectOption('mentor_interview');
    await page.getByLabel('Track').selectOption('healthcare_job');
    await page.getByRole('checkbox', { name: 'Hiring manager' }).check();
    await page.getByLabel('Date', { exact: true }).fill(daysFromNow(3));
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('Length').selectOption('60');
    await page.getByRole('checkbox', { name: 'Sofia García' }).check();
    await page.getByRole('checkbox', { name: 'Marcus Lee' }).check();
    await expect(page.getByLabel('Role (Sofia García)')).toHaveValue('candidate');
    await expect(page.getByLabel('Role (Marcus Lee)')).toHaveValue('interviewer');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Schedule session' }).click();

    await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}\/calendar$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Cohort calendar' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Scheduled' })).toBeVisible();
    const session = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Mentor interview with Marcus Lee and Sofia García' }) });
    await expect(session).toBeVisible();
    // 10:00 in the coordinator's zone (America/Chicago), for an hour.
    await expect(session).toContainText('10:00–11:00');
    await expect(session).toContainText('Marcus Lee (interviewer)');
    await expect(session).toContainText('Sofia García (candidate)');
    await expect(session).toContainText('Scheduled');
    await expectNoSeriousA11yViolations(page);
  });

  test('overlapping availability windows are refused next to the row, and a fixed pattern saves', async ({ page }) => {
    await signIn(page, candidate3.email);
    await page.goto('/availability');
    await expect(page.getByRole('heading', { level: 1, name: 'Your availability' })).toBeVisible();
    await expect(page.getByText('Times are in America/Los Angeles')).toBeVisible();

    const monday = page.getByRole('group', { name: 'Monday' });
    await monday.getByRole('button', { name: 'Add a window on Monday' }).click();
    const from = page.getByLabel('From (Monday, window 2)');
    const until = page.getByLabel('Until (Monday, window 2)');
    await from.fill('08:00');
    await until.fill('09:00');
    await page.getByRole('button', { name: 'Save availability' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'see the messages below each field' })).toBeVisible();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(/Overlaps 05:00–21:00 on Monday/);
    await expectNoSeriousA11yViolations(page);

    await monday.getByRole('button', { name: 'Remove Monday, window 2' }).click();
    await page.getByRole('button', { name: 'Add a day off' }).click();
    await page.getByLabel('Date (day off 1)').fill(daysFromNow(10));
    await page.getByRole('button', { name: 'Save availability' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your availability is saved.' })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Date (day off 1)')).toHaveValue(daysFromNow(10));
    await expect(page.getByLabel('From (Monday, window 1)')).toHaveValue('05:00');
    await expectNoSeriousA11yViolations(page);
  });
});
