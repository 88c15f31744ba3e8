import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

// New candidates of the demo cohort, so the session this journey leaves live keeps no demo account busy.
const amara = { displayName: `Ada Extra ${Date.now() % 100000}` };
const rahul = { displayName: `Ben Partner ${Date.now() % 100000}` };

async function signedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function pressPracticeNow(page: Page) {
  const card = page.getByRole('region', { name: 'Practice now' });
  await card.getByLabel('Practice for').selectOption('residency_fellowship');
  await card.getByLabel('Level').selectOption('entry');
  await card.getByRole('button', { name: 'Practice now' }).click();
}

async function intoTheRoom(page: Page) {
  await expect(page).toHaveURL(/\/room$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Check your camera and microphone' })).toBeVisible();
  await page.getByRole('button', { name: 'Join the room' }).click();
}

test.describe('accommodations', () => {
  test('a coordinator grants extra time ×1.5; in the room the pacing stretches, the partner sees the badge and the timer is announced', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // Both exist before the coordinator opens the member list.
    const interviewer = await newDemoCandidate(browser, baseURL!, rahul.displayName);
    const candidate = await newDemoCandidate(browser, baseURL!, amara.displayName);
    const coordinator = await signedInPage(browser, baseURL!, demoAccounts.coordinator.email);
    try {
      // The coordinator grants Ada extra time and timer announcements on the cohort's member list.
      await coordinator.goto('/cohorts');
      await coordinator.getByRole('link', { name: DEMO_COHORT_NAME }).click();
      const row = coordinator.getByRole('row', { name: new RegExp(amara.displayName) });
      await row.getByText('Change').click();
      await row.getByLabel(`Extra time for ${amara.displayName}`).selectOption('1.5');
      await row.getByRole('checkbox', { name: /^Timer announcements/ }).check();
      await row.getByRole('button', { name: 'Save accommodations' }).click();
      await expect(row.getByText('Accommodations saved.')).toBeVisible();
      await expect(row.getByRole('cell').filter({ hasText: /^extra time ×1\.5, timer announcements/ })).toBeVisible();
      await expect(row).toContainText(/score \d+%/);
      await expectNoSeriousA11yViolations(coordinator);

      // Ben waits first, so he asks first and Ada answers (the first in line interviews in the first half).
      for (const page of [interviewer, candidate]) await page.goto('/');
      await pressPracticeNow(interviewer);
      await expect(interviewer.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
      await pressPracticeNow(candidate);
      await expect(interviewer).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      await expect(candidate).toHaveURL(new URL(interviewer.url()).pathname);
      await intoTheRoom(interviewer);
      await intoTheRoom(candidate);
      await expect(interviewer.getByRole('heading', { level: 2, name: 'You are interviewing' })).toBeVisible();
      await expect(candidate.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();

      // The partner is told that extra time applies, not why; Ada sees no badge about herself.
      const applies = interviewer.getByRole('region', { name: 'Accommodations in this room' });
      await expect(applies).toContainText(amara.displayName);
      await expect(applies).toContainText('extra time ×1.5');
      await expect(candidate.getByRole('region', { name: 'Accommodations in this room' })).toHaveCount(0);

      // The announcer is there before the timer runs, and silent.
      const announcer = candidate.getByTestId('timer-announcer');
      await expect(announcer).toHaveAttribute('aria-live', 'polite');
      await expect(announcer).toHaveText('');

      await interviewer.getByRole('button', { name: 'Start the interview' }).click();
      await interviewer.getByRole('button', { name: 'Reveal question' }).click();
      // The shortcut acts on the room as the interviewer sees it: wait until the reveal has come back.
      await expect(interviewer.getByText('Showing to the candidate')).toBeVisible();
      await interviewer.keyboard.press('t');
      await expect(interviewer.getByRole('button', { name: 'Stop answer timer' })).toBeVisible();

      // Pacing with ×1.5 on the opening question (a 2-minute target): building until 1:30 rather than a minute, on both sides.
      for (const page of [candidate, interviewer]) {
        const timer = page.getByRole('group', { name: 'Answer timer' });
        await expect(timer).toContainText('Under 1:30: say who you are and where you are heading');
        await expect(timer).toContainText('(extra time ×1.5)');
      }
      const target = await candidate.locator('.room-answer-target').textContent();
      const [, minutes, seconds] = /target (\d+):(\d{2})/.exec(target ?? '')!;
      // Every built-in question's target is a whole number of seconds; with ×1.5 it is half as long again.
      expect((Number(minutes) * 60 + Number(seconds)) % 3).toBe(0);
      // The timer's start is announced once to screen readers (the next words come at 1:30 and 3:00).
      await expect(announcer).toHaveText('Answer timer started.');
      await expectNoSeriousA11yViolations(candidate);
      await expectNoSeriousA11yViolations(interviewer);
    } finally {
      await coordinator.context().close();
      await interviewer.context().close();
      await candidate.context().close();
    }
  });
});
