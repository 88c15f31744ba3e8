import { expect, test } from '@playwright/test';
import { demoAccounts, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

// candidate2, so the sign-in test can rely on candidate1's seeded name.
test.describe('the profile page', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoAccounts.candidate2.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  });

  test('a candidate changes time zone and display name, and they are kept', async ({ page }) => {
    const timeZone = page.getByLabel('Time zone');
    await expect(timeZone).toHaveValue('Asia/Kolkata');
    // Each option names the zone with its offset from UTC.
    await expect(timeZone.locator('option[value="Asia/Tokyo"]')).toHaveText('Asia/Tokyo (UTC+09:00)');
    await expectNoSeriousA11yViolations(page);

    await timeZone.selectOption('Asia/Tokyo');
    await page.getByLabel('Display name').fill('Dr. Rahul Mehta');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Dr. Rahul Mehta');

    await page.reload();
    await expect(page.getByLabel('Display name')).toHaveValue('Dr. Rahul Mehta');
    await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');
    await expect(page.getByRole('banner')).toContainText('Dr. Rahul Mehta');
  });

  test('an empty display name shows the error next to the field', async ({ page }) => {
    const displayName = page.getByLabel('Display name');
    await displayName.fill('   ');
    await page.getByRole('button', { name: 'Save profile' }).click();

    await expect(displayName).toHaveAttribute('aria-invalid', 'true');
    await expect(displayName).toHaveAccessibleDescription(/Display name cannot be empty/);
    await expect(page.getByText('Display name cannot be empty.')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'see the messages below each field' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});
