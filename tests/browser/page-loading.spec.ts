import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { demoAccounts, signIn } from './demo-accounts.js';

// Pages other than sign-in and the dashboard are chunks of their own, fetched on the first visit.
test.describe('loading a page on demand', () => {
  test('says the page is loading while its code arrives', async ({ page }) => {
    await signIn(page, demoAccounts.candidate2.email);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/QuestionBankPage-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question bank' }).click();
    const loading = page.getByRole('status').filter({ hasText: 'Loading the page…' });
    await expect(loading).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
    await expect(loading).toHaveCount(0);
  });

  test("offers a reload when a page's code cannot be fetched, and the reload recovers", async ({ page }) => {
    await signIn(page, demoAccounts.candidate2.email);
    // As after a deploy that replaced the files, or a dropped connection.
    const profileChunk = /\/assets\/ProfilePage-[\w-]+\.js$/;
    await page.route(profileChunk, (route) => route.abort());

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    const problem = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }) });
    await expect(problem).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.unroute(profileChunk);
    await problem.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  });
});
