import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, demoAccounts, signIn } from './demo-accounts.js';

test.describe('scripts that fit the time they get', () => {
  test('the schedule form and the interview-day form warn when a script runs longer than its slot', async ({ page }) => {
    await signIn(page, demoAccounts.coordinator.email);
    await page.goto('/sessions');
    await page
      .getByRole('region', { name: 'Cohorts you coordinate' })
      .getByRole('link', { name: `Schedule a session in ${DEMO_COHORT_NAME}` })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule a session' })).toBeVisible();

    // A 30-minute mentor interview fits the track's built-in script; a peer session gives each half 15 minutes.
    const warning = page.getByRole('status').filter({ hasText: /^This script runs/ });
    await page.getByLabel('Session type').selectOption('mentor_interview');
    await page.getByLabel('Track').selectOption('residency_fellowship');
    await page.getByLabel('Length').selectOption('30');
    await expect(page.getByLabel('Script')).toHaveValue('');
    await expect(warning).toHaveCount(0);
    await page.getByLabel('Session type').selectOption('peer_swap');
    await expect(warning).toHaveText(
      /^This script runs \d+ minutes and each half of this 30-minute peer session lasts 15: the room will ask only the questions that fit, in order\.$/,
    );
    await expectNoSeriousA11yViolations(page);

    // A station shorter than its script is warned about too.
    await page.goto('/cohorts');
    await page.getByRole('link', { name: DEMO_COHORT_NAME }).click();
    await page.getByRole('link', { name: 'Build an interview day' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Build an interview day' })).toBeVisible();
    await page.getByLabel('Station 1 script').selectOption({ index: 1 });
    await expect(page.getByLabel('Station 1 length')).toHaveValue('8');
    await expect(warning).toHaveCount(0);
    await page.getByLabel('Station 1 length').selectOption('5');
    await expect(warning).toHaveText(
      'This script runs 8 minutes and the slot lasts 5: the room will ask only the questions that fit, in order.',
    );
    await expectNoSeriousA11yViolations(page);
  });
});
