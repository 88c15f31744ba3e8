import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';

// The pages no other journey opens; every journey checks the pages it passes through itself.
test.describe('accessibility of the remaining pages', () => {
  test('registration and an unknown address', async ({ page }) => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Create your Rounds account' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the cohorts list', async ({ page }) => {
    await signIn(page, demoAccounts.coordinator.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
    await expect(page.getByRole('link', { name: DEMO_COHORT_NAME })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the development mailbox with a message in it', async ({ browser, baseURL }) => {
    // A new member's first mail is their invitation.
    const page = await newDemoCandidate(browser, baseURL!, 'Mailbox Reader');
    try {
      await page.goto('/dev/mailbox');
      await expect(page.getByRole('heading', { level: 1, name: 'Development mailbox' })).toBeVisible();
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: `${demoAccounts.coordinator.displayName} invited you to ${DEMO_COHORT_NAME} on Rounds`,
        }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    } finally {
      await page.context().close();
    }
  });
});
