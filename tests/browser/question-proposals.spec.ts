import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { demoAccounts, newDemoMember, signIn } from './demo-accounts.js';

test.describe('question proposals', () => {
  test('a mentor proposes a question from the bank page; the coordinator declines one with a reason and accepts another', async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(180_000);
    const suffix = Date.now().toString(36);
    const mentor = await newDemoMember(browser, baseURL!, `Mina Mentor ${suffix}`, 'mentor');
    const declined = `How did you hand over a deteriorating patient at the end of a shift (${suffix})?`;
    const accepted = `Tell me about a time you changed a workflow after a near miss (${suffix})?`;
    try {
      await mentor.goto('/questions');
      await mentor.getByRole('link', { name: 'Propose a question' }).click();
      await expect(mentor.getByRole('heading', { level: 1, name: 'Propose a question' })).toBeVisible();

      // Required fields are checked in the browser, with words (no field paths), and focus lands on the first.
      await mentor.getByRole('button', { name: 'Propose this question' }).click();
      await expect(mentor.getByRole('alert').filter({ hasText: 'Some details need a second look' })).toBeVisible();
      await expect(mentor.getByLabel('Question', { exact: true })).toBeFocused();
      await expect(mentor.getByText('Question cannot be empty.', { exact: true })).toBeVisible();
      for (const message of await mentor.locator('.field-error').allTextContents()) {
        expect(message).not.toMatch(/\b[a-z]\w*\.[a-z_]\w*\b/i);
        expect(message).not.toMatch(/\b(\w+(?:\s+\w+){0,3})\s+\1\b/i);
      }
      await expectNoSeriousA11yViolations(mentor);

      for (const prompt of [declined, accepted]) {
        await mentor.getByLabel('Question', { exact: true }).fill(prompt);
        await mentor.getByLabel('What it assesses').fill('Safe handover and escalation through proper channels');
        await mentor.getByLabel('Follow-up probes').fill('What did you write down?\nWho did you call first?');
        await mentor.getByLabel('How a strong answer is built').fill('STAR with their own actions and what changed afterwards');
        const competencies = mentor.getByRole('group', { name: /^Competencies it shows/ });
        await competencies.getByRole('checkbox', { name: 'Systems thinking' }).check();
        await mentor
          .getByRole('group', { name: /^Tracks/ })
          .getByRole('checkbox', { name: 'Residency / fellowship interview' })
          .check();
        // One track: the levels are in its words.
        await expect(mentor.getByLabel(/^Resident \(fellowship applicant\)/)).toBeVisible();
        await mentor
          .getByRole('group', { name: /^Interviewers who ask it/ })
          .getByRole('checkbox')
          .first()
          .check();
        await mentor.getByRole('button', { name: 'Propose this question' }).click();
        await expect(mentor.getByRole('status').filter({ hasText: `Proposed: “${prompt}”` })).toBeVisible();
      }
      const own = mentor.getByRole('region', { name: 'Your proposals', exact: true });
      await expect(own).toContainText(declined);
      await expect(own).toContainText('Waiting for a coordinator');
      await expectNoSeriousA11yViolations(mentor);

      // The coordinator reviews: a reason is required to decline.
      await signIn(page, demoAccounts.coordinator.email);
      await page.goto('/questions');
      await page.getByRole('link', { name: 'Review proposed questions' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Proposed questions' })).toBeVisible();
      const waiting = page.getByRole('region', { name: 'Waiting for a decision', exact: true });
      await expect(waiting).toContainText(declined);
      await expectNoSeriousA11yViolations(page);

      await waiting.getByRole('button', { name: `Decline… ${declined}` }).click();
      const declineForm = page.getByRole('form', { name: `Decline: ${declined}` });
      await declineForm.getByRole('button', { name: 'Decline with this reason' }).click();
      await expect(declineForm.getByLabel('Reason for declining')).toBeFocused();
      await expect(declineForm.getByText(/^Reason for declining is required: tell the mentor what to change\.$/)).toBeVisible();
      const reason = 'Close to the handover question we have: ask about escalation instead.';
      await declineForm.getByLabel('Reason for declining').fill(reason);
      await declineForm.getByRole('button', { name: 'Decline with this reason' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Declined:' })).toBeVisible();

      await waiting.getByRole('button', { name: `Accept into the bank: ${accepted}` }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Accepted into the bank:' })).toBeVisible();
      const decided = page.getByRole('region', { name: 'Decided', exact: true });
      await expect(decided).toContainText(reason);
      await expect(decided).toContainText(accepted);
      await expectNoSeriousA11yViolations(page);

      // The mentor reads what became of both.
      await mentor.reload();
      await expect(own).toContainText(reason);
      await expect(own).toContainText('Accepted into the bank');
      await own.getByRole('link', { name: 'Find it in the bank' }).click();
      await expect(mentor.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
      await expect(mentor.getByText(accepted)).toBeVisible();
    } finally {
      await mentor.context().close();
    }
  });

  test('the review page works on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, demoAccounts.coordinator.email);
    await page.goto('/questions/proposals');
    await expect(page.getByRole('heading', { level: 1, name: 'Proposed questions' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Waiting for a decision', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
