import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { passPreJoin, pressPracticeNow } from './practice-room.js';

/** A signed-in person in a browser of their own whose fake camera and microphone the page may use. */
async function personWithCamera(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const answerTime = (page: Page) => page.getByRole('group', { name: 'Answer timer' }).locator('.room-answer-figure');

test.describe('the call room', () => {
  test('the interviewer reveals a question and times the answer; the candidate sees both; a note survives a reload', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // Practice now is how a session starts at once: two candidates, one interviewing in each half.
    const first = await personWithCamera(browser, baseURL!, 'candidate3@demo.test');
    const second = await personWithCamera(browser, baseURL!, 'candidate4@demo.test');
    try {
      await pressPracticeNow(first);
      await expect(first.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
      await pressPracticeNow(second);
      // Practice now takes both straight to the room's camera check.
      await expect(first).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      await expect(second).toHaveURL(new URL(first.url()).pathname);
      await passPreJoin(first, true);
      await passPreJoin(second);

      const firstInterviews = await first.getByRole('heading', { level: 2, name: 'You are interviewing' }).isVisible();
      const [interviewer, candidate] = firstInterviews ? [first, second] : [second, first];
      await expect(candidate.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();
      // No LiveKit here: the two browsers call each other directly (direct-call.spec.ts follows the media itself).
      for (const page of [interviewer, candidate]) {
        await expect(page.getByRole('region', { name: 'Video' }).getByRole('button', { name: 'Turn camera off' })).toBeVisible();
      }

      await expect(candidate.getByText('Waiting for your interviewer to start the interview')).toBeVisible();
      await interviewer.getByRole('button', { name: 'Start the interview' }).click();
      await expect(interviewer.getByRole('heading', { level: 3, name: /^Question 1 of \d+/ })).toBeVisible();
      const prompt = (await interviewer.locator('.room-question .room-prompt').textContent())!;
      expect(prompt.length).toBeGreaterThan(10);
      await expect(candidate.getByText('Waiting for your interviewer to ask the next question')).toBeVisible();
      await expect(candidate.getByText(prompt)).toHaveCount(0);
      await expectNoSeriousA11yViolations(interviewer);

      await interviewer.getByRole('button', { name: 'Reveal question' }).click();
      await expect(interviewer.getByText('Showing to the candidate')).toBeVisible();
      await expect(candidate.getByText(prompt)).toBeVisible();
      // The timer by its keyboard shortcut.
      await interviewer.keyboard.press('t');
      await expect(interviewer.getByRole('button', { name: 'Stop answer timer' })).toBeVisible();

      const timer = candidate.getByRole('group', { name: 'Answer timer' });
      await expect(timer).toContainText('Under a minute');
      const reading = await answerTime(candidate).textContent();
      await expect.poll(() => answerTime(candidate).textContent()).not.toBe(reading);
      await expectNoSeriousA11yViolations(candidate);

      // A private note, autosaved; the letters typed into it are text, not shortcuts (N would move on).
      const note = interviewer.getByLabel('Your private note on question 1');
      await note.fill('Named the outcome; no numbers yet');
      await note.press('n');
      await expect(interviewer.getByText(/^Saved at /)).toBeVisible();
      await expect(interviewer.getByRole('heading', { level: 3, name: /^Question 1 of/ })).toBeVisible();
      await expectNoSeriousA11yViolations(interviewer);

      await interviewer.reload();
      await passPreJoin(interviewer);
      await expect(interviewer.getByLabel('Your private note on question 1')).toHaveValue('Named the outcome; no numbers yetn');
      await expect(interviewer.getByText('Showing to the candidate')).toBeVisible();
      await expect(interviewer.getByRole('button', { name: 'Stop answer timer' })).toBeVisible();

      // Leaving ends on the summary, with the way to feedback.
      await candidate.getByRole('button', { name: 'Leave the room' }).click();
      const summary = candidate.getByRole('region', { name: 'Session summary' });
      await expect(summary).toContainText('1 question asked');
      await expect(summary.getByRole('link', { name: 'Write feedback' })).toBeVisible();
      await expectNoSeriousA11yViolations(candidate);
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });
});
