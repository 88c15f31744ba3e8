import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { passPreJoin, pressPracticeNow } from './practice-room.js';
import { testDatabase } from './test-database.js';

const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

/** A new candidate of the demo cohort at the entry level, with a fake camera and microphone the page may use. */
async function candidateInBrowser(browser: Browser, baseURL: string, displayName: string): Promise<Page> {
  const page = await newDemoCandidate(browser, baseURL, displayName);
  await page.context().grantPermissions(['camera', 'microphone']);
  const profile = await page.request.patch('/api/auth/me', { data: { experienceLevel: 'entry' } });
  expect(profile.status()).toBe(200);
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` })).toBeVisible();
  return page;
}

/** Whether the element lies wholly inside the window as it is scrolled now. */
async function whollyOnScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

const presence = (page: Page) => page.getByRole('status', { name: 'Who is in the room' });
const controls = (page: Page) => page.getByRole('group', { name: 'Interview controls' });

test.describe('the room, together', () => {
  test('controls in reach, who is there, a chat both keep, an agreed swap, an undone wrap-up and half time, at desktop and phone sizes', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const first = await candidateInBrowser(browser, baseURL!, 'Ifeoma Bello');
    const second = await candidateInBrowser(browser, baseURL!, 'Arjun Pillai');
    const coordinator = await (await browser.newContext({ baseURL, viewport: DESKTOP })).newPage();
    try {
      await pressPracticeNow(first);
      await expect(first.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
      await pressPracticeNow(second);
      await expect(first).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      const sessionId = /\/sessions\/([0-9a-f-]{36})/.exec(first.url())![1];
      await passPreJoin(first);
      await expect(presence(first)).toHaveText('Arjun Pillai is not in the room yet');
      await passPreJoin(second);
      await expect(presence(first)).toHaveText('Arjun Pillai is in the room');
      await expect(presence(second)).toHaveText('Ifeoma Bello is in the room');

      const firstInterviews = await first.getByRole('heading', { level: 2, name: 'You are interviewing' }).isVisible();
      const [interviewer, candidate] = firstInterviews ? [first, second] : [second, first];
      const [interviewerName, candidateName] = firstInterviews
        ? ['Ifeoma Bello', 'Arjun Pillai']
        : ['Arjun Pillai', 'Ifeoma Bello'];

      // The room has the whole window: no site navigation.
      await expect(interviewer.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      await interviewer.getByRole('button', { name: 'Start the interview' }).click();
      await expect(interviewer.getByRole('heading', { level: 3, name: /^Question 1 of \d+/ })).toBeVisible();

      // Every action in a bar that stays on screen, its key shown on it, however far down the page is scrolled.
      const reveal = controls(interviewer).getByRole('button', { name: 'Reveal question' });
      await expect(reveal).toHaveAttribute('aria-keyshortcuts', 'R');
      await expect(reveal.locator('kbd')).toHaveText('R');
      for (const [name, key] of [
        ['Previous', 'P'],
        ['Next', 'N'],
        ['Start answer timer', 'T'],
        ['Wrap up', 'W'],
        ['End session', 'E'],
      ]) {
        await expect(controls(interviewer).getByRole('button', { name }).locator('kbd')).toHaveText(key);
      }
      await interviewer.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await whollyOnScreen(interviewer, controls(interviewer))).toBe(true);
      await interviewer.evaluate(() => window.scrollTo(0, 0));
      expect(await whollyOnScreen(interviewer, controls(interviewer))).toBe(true);
      await expect(controls(interviewer).getByRole('button', { name: /^End session/ })).toBeInViewport({ ratio: 1 });

      // The guide folds away; the candidate's own level is first and open, the rest a click away.
      const guide = interviewer.locator('.room-guide');
      await expect(guide.locator('details').first().locator('summary')).toHaveText('What it tests');
      const ownLevel = guide.locator('details', { hasText: 'What good looks like at this candidate’s level' });
      await expect(ownLevel).toHaveAttribute('open', '');
      await expect(ownLevel).toContainText('Medical student or graduate (residency applicant)');
      await expect(guide.locator('details', { hasText: 'Framework' })).not.toHaveAttribute('open', '');
      await expectNoSeriousA11yViolations(interviewer);

      // A chat both see, whichever way the video travels, kept with the session.
      await candidate.getByLabel(`Message to ${interviewerName}`).fill('Your sound cuts out now and then');
      await candidate.getByLabel(`Message to ${interviewerName}`).press('Enter');
      const interviewerChat = interviewer.getByRole('log', { name: 'Messages' });
      await expect(interviewerChat).toContainText('Your sound cuts out now and then');
      await expect(interviewerChat).toContainText(candidateName);
      await expect(candidate.getByLabel(`Message to ${interviewerName}`)).toHaveValue('');
      await expectNoSeriousA11yViolations(candidate);

      // Leaving shows on the other side; coming back loads the chat again.
      await interviewer.getByRole('button', { name: 'Leave the room' }).click();
      await expect(presence(candidate)).toHaveText(`${interviewerName} left the room`);
      await interviewer.getByRole('button', { name: /^Rejoin/ }).click();
      await passPreJoin(interviewer);
      await expect(presence(candidate)).toHaveText(`${interviewerName} is in the room`);
      await expect(interviewer.getByRole('log', { name: 'Messages' })).toContainText('Your sound cuts out now and then');

      // An observer goes straight in: no camera check, no tips for candidates, no chat; both people shown as here.
      await signIn(coordinator, demoAccounts.coordinator.email);
      await coordinator.goto(`/sessions/${sessionId}/room`);
      await expect(coordinator.getByRole('button', { name: 'Enter the room to watch' })).toBeVisible();
      await expect(coordinator.getByRole('heading', { name: 'Check your camera and microphone' })).toHaveCount(0);
      await expect(coordinator.getByRole('region', { name: 'Before you start' })).toHaveCount(0);
      await coordinator.getByRole('button', { name: 'Enter the room to watch' }).click();
      await expect(coordinator.getByRole('heading', { level: 2, name: 'Observing: the interviewer’s view' })).toBeVisible();
      await expect(presence(coordinator)).toContainText(`${interviewerName} is in the room`);
      await expect(presence(coordinator)).toContainText(`${candidateName} is in the room`);
      await expect(coordinator.getByRole('heading', { name: 'Chat' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(coordinator);
      await coordinator.context().close();

      // On a phone: the candidate's question and answer timer are on the first screen; the bar stays in reach.
      await candidate.setViewportSize(PHONE);
      await interviewer.setViewportSize(PHONE);
      await interviewer.keyboard.press('r');
      const prompt = candidate.locator('.room-candidate-question .room-prompt');
      await expect(prompt).toBeVisible();
      await expect(interviewer.getByText('Showing to the candidate')).toBeVisible();
      await interviewer.keyboard.press('t');
      await expect(candidate.getByRole('group', { name: 'Answer timer' })).toContainText('Under a minute');
      await candidate.evaluate(() => window.scrollTo(0, 0));
      expect(await whollyOnScreen(candidate, prompt)).toBe(true);
      expect(await whollyOnScreen(candidate, candidate.getByRole('group', { name: 'Answer timer' }))).toBe(true);
      await expectNoSeriousA11yViolations(candidate);
      await interviewer.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(controls(interviewer).getByRole('button', { name: 'Stop answer timer' })).toBeInViewport();
      expect(await whollyOnScreen(interviewer, controls(interviewer))).toBe(true);
      await expectNoSeriousA11yViolations(interviewer);
      await candidate.setViewportSize(DESKTOP);
      await interviewer.setViewportSize(DESKTOP);

      // Half time: the session is moved so that it has passed; the next view brings it to both as a banner.
      const db = await testDatabase(Number(new URL(baseURL!).port));
      await db.query(
        `UPDATE sessions SET starts_at = starts_at - interval '16 minutes', ends_at = ends_at - interval '16 minutes' WHERE id = $1`,
        [sessionId],
      );
      await db.end();
      await candidate.getByLabel('Sound at half time').check();
      await interviewer.keyboard.press('t');
      for (const page of [interviewer, candidate]) {
        await expect(page.getByRole('status').filter({ hasText: /^Half time: time to swap roles/ })).toBeVisible();
      }
      // The sound is the person's own choice, remembered in their browser.
      await expect(interviewer.getByLabel('Sound at half time')).not.toBeChecked();
      await candidate.reload();
      await passPreJoin(candidate);
      await expect(candidate.getByLabel('Sound at half time')).toBeChecked();

      // The candidate only proposes the swap; the interviewer declines it, and later accepts a second one.
      await candidate.getByRole('button', { name: 'Propose swap' }).click();
      await expect(candidate.getByText('You proposed swapping roles: waiting for your partner to accept.')).toBeVisible();
      await expect(candidate.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();
      await expect(interviewer.getByText(/^Your partner proposes swapping roles/)).toBeVisible();
      // With the most buttons the bar ever has, every one of them is still wholly on screen.
      for (const name of ['Accept swap', 'Decline swap', 'Wrap up', 'End session']) {
        await expect(controls(interviewer).getByRole('button', { name })).toBeInViewport({ ratio: 1 });
      }
      await expectNoSeriousA11yViolations(interviewer);
      await controls(interviewer).getByRole('button', { name: 'Decline swap' }).click();
      await expect(candidate.getByRole('button', { name: 'Propose swap' })).toBeEnabled();
      await candidate.getByRole('button', { name: 'Propose swap' }).click();
      await controls(interviewer).getByRole('button', { name: 'Accept swap' }).click();
      await expect(candidate.getByRole('heading', { level: 2, name: 'You are interviewing' })).toBeVisible();
      await expect(interviewer.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();

      // The new interviewer wraps up, thinks better of it, goes back to the questions, then ends.
      const asker = candidate;
      await controls(asker).getByRole('button', { name: 'Wrap up' }).click();
      await expect(interviewer.getByText('Wrapping up: this is your time to ask your own questions.')).toBeVisible();
      await controls(asker).getByRole('button', { name: 'Back to the questions' }).click();
      await expect(controls(asker).getByRole('button', { name: 'Wrap up' })).toBeEnabled();
      await expect(interviewer.getByText('Waiting for your interviewer to ask the next question…')).toBeVisible();
      await expectNoSeriousA11yViolations(asker);
      await asker.keyboard.press('w');
      await expect(controls(asker).getByRole('button', { name: 'Back to the questions' })).toBeVisible();
      await controls(asker)
        .getByRole('button', { name: /^End session/ })
        .click();
      await controls(asker).getByRole('button', { name: 'Yes, end the session' }).click();
      await expect(asker.getByRole('region', { name: 'Session summary' })).toBeVisible();
    } finally {
      await first.context().close();
      await second.context().close();
      await coordinator.context().close();
    }
  });
});
