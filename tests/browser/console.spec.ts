import { expect, test, type ConsoleMessage } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';

test('signing in and opening the dashboard log nothing to the console', async ({ page }) => {
  const logged: string[] = [];
  const keep = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      logged.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  };
  page.on('console', keep);
  page.on('pageerror', (error) => logged.push(`uncaught: ${error.message}`));

  // Signed out, the session probe must not fail with a 401 (browsers log every failed request as an error).
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Rounds' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(demoAccounts.candidate1.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Amara Nwosu' })).toBeVisible();
  // Every card of the dashboard has had its answer.
  await expect(page.getByRole('region', { name: 'Upcoming sessions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Practice now' }).getByRole('button', { name: 'Practice now' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);

  // A reload starts from the probe again, this time signed in.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Amara Nwosu' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);

  page.off('console', keep);
  expect(logged).toEqual([]);
});
