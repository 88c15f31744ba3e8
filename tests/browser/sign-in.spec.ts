import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

test.describe('signing in', () => {
  test('a demo candidate signs in and sees their dashboard', async ({ page }) => {
    await page.goto('/');
    // Signed out: the dashboard sends people to sign-in first.
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Rounds' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('E-mail address').fill(demoAccounts.candidate1.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Amara Nwosu' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Amara Nwosu');
    await expect(page.getByRole('region', { name: 'Upcoming sessions' })).toBeVisible();
    const candidateSection = page.getByRole('region', { name: 'Practise' });
    await expect(candidateSection).toBeVisible();
    await expect(candidateSection.getByRole('link', { name: 'Book a session' })).toBeVisible();
    await expect(candidateSection.getByRole('link', { name: /profile/ })).toBeVisible();
    // A candidate neither coordinates nor mentors.
    await expect(page.getByRole('region', { name: 'Cohorts you coordinate' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('a wrong password shows the error in the page', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(demoAccounts.candidate1.email);
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not right.' })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    await expectNoSeriousA11yViolations(page);
  });

  test('signing in returns people to the page they were going to', async ({ page }) => {
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByLabel('E-mail address').fill(demoAccounts.candidate1.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  });
});
