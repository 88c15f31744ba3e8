import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

const SCRIPT = 'Program director interview (residency, any specialty)';

async function openPractice(page: Page) {
  await signIn(page, demoAccounts.candidate1.email);
  await page.goto('/scripts');
  await page.getByRole('link', { name: `Practise alone: ${SCRIPT}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: SCRIPT })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(page.getByText('Nothing is uploaded.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

test.describe('solo practice', () => {
  test.use({ permissions: ['camera', 'microphone'] });

  test('a candidate practises a built-in script with the timer, camera preview and a recorded answer', async ({ page }) => {
    await openPractice(page);
    await page.getByRole('button', { name: 'Start practice' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 5' })).toBeFocused();
    await expect(page.locator('.sp-prompt')).toHaveText('Tell me about yourself.');

    // The answer timer counts up, with pacing against the question's two-minute target.
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText(/^0:0[1-9]$/);
    await expect(page.getByText('Keep going', { exact: true })).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Pacing' })).toHaveAttribute('aria-valuetext', /of a 2:00 target/);

    // The fake camera's preview is playing.
    const preview = page.getByLabel('Your camera preview');
    await expect
      .poll(() =>
        preview.evaluate((element) => {
          const video = element as unknown as { readyState: number; paused: boolean };
          return video.readyState >= 2 && !video.paused;
        }),
      )
      .toBe(true);

    await page.getByRole('button', { name: 'Start recording' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Recording answer 1…' })).toBeVisible();
    // Recording restarts the timer; let it run a little so the answer has content.
    await expect(timer).toHaveText(/^0:0[2-9]$/);
    await page.getByRole('button', { name: 'Stop recording' }).click();

    await expect(page.getByRole('status').filter({ hasText: /Saved answer 1 \(0:0\d\)/ })).toBeVisible();
    const recordings = page.getByRole('region', { name: 'Your recordings' });
    await expect(recordings.getByRole('heading', { name: /Answer 1/ })).toBeVisible();
    await expect(recordings.getByLabel('Recording of answer 1')).toHaveAttribute('src', /^blob:/);
    const download = recordings.getByRole('link', { name: 'Download answer 1' });
    await expect(download).toHaveAttribute('download', 'rounds-answer-1.webm');
    await expect(download).toHaveAttribute('href', /^blob:/);
    await expectNoSeriousA11yViolations(page);
    const downloaded = page.waitForEvent('download');
    await download.click();
    expect((await downloaded).suggestedFilename()).toBe('rounds-answer-1.webm');

    await page.getByRole('button', { name: 'Next question →' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Question 2 of 5' })).toBeFocused();
    await expect(page.locator('.sp-prompt')).toHaveText('Why this specialty?');
    await expect(timer).toHaveText(/^0:0[0-9]$/);
    // The recording of the first answer stays available.
    await expect(recordings.getByRole('link', { name: 'Download answer 1' })).toBeVisible();
  });

  test('with the camera blocked, the page says so and the timer still works', async ({ page }) => {
    // As if the person had answered "Block" to the browser's camera prompt.
    await page.addInitScript({
      content: `navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));`,
    });
    await openPractice(page);
    await page.getByRole('button', { name: 'Start practice' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Camera and microphone access is blocked' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'You can still practise with the timer.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start recording' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Try the camera again' })).toBeVisible();
    await expect(page.getByRole('timer')).toHaveText(/^0:0[1-9]$/);
    // After the timer check: axe takes seconds on a busy machine, and the timer keeps counting.
    await expectNoSeriousA11yViolations(page);
  });
});
