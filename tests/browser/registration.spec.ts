import { expect, test } from '@playwright/test';
import { demoAccounts } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { loggedLinkPath, serverLogFile } from './server-log.js';

test.describe('open registration', () => {
  test('a new person registers, confirms through the e-mailed link and lands on the dashboard; the link works once', async ({
    page,
    baseURL,
  }) => {
    const logFile = serverLogFile(Number(new URL(baseURL!).port));
    const email = 'leila.haddad@example.org';

    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Create your Rounds account' })).toBeVisible();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Display name').fill('Leila Haddad');
    await page.getByLabel('Password').fill('a long practice password');
    await page.getByRole('button', { name: 'Create account' }).click();

    const inbox = page
      .getByRole('status')
      .filter({ hasText: `Check your inbox at ${email}: we sent a link to finish creating your account.` });
    await expect(inbox).toBeVisible();
    await expect(inbox).toBeFocused();
    await expect(page.getByRole('button', { name: 'Create account' })).toHaveCount(0);

    // Without SMTP the development server logs the link (the mail itself waits in the outbox).
    const confirmationLink = () => loggedLinkPath(logFile, email, '/register/confirm/');
    await expect.poll(confirmationLink).toMatch(/^\/register\/confirm\//);
    const confirmationPath = (await confirmationLink())!;

    await page.goto(confirmationPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Finish creating your account' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // The password is asked again: a different one is refused beside the field, and the link still works.
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('not the password I chose');
    await page.getByRole('button', { name: 'Finish creating my account' }).click();
    await expect(page.getByText('Password is not the password you registered with.')).toBeVisible();
    await expect(password).toBeFocused();
    await password.fill('a long practice password');
    await page.getByRole('button', { name: 'Finish creating my account' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Leila Haddad' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Welcome to Rounds, Leila Haddad. Your account is ready.' }),
    ).toBeVisible();

    // Used once: opening the link again explains why it no longer works.
    await page.goto(confirmationPath);
    await page.getByLabel('Password', { exact: true }).fill('a long practice password');
    await page.getByRole('button', { name: 'Finish creating my account' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'This link cannot be used' });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByText(/already been used/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Register again' })).toBeVisible();
  });

  test('registering with an address that has an account looks exactly the same', async ({ page }) => {
    await page.goto('/register');
    await page.getByLabel('E-mail address').fill(demoAccounts.candidate2.email);
    await page.getByLabel('Display name').fill('Someone Else');
    await page.getByLabel('Password').fill('a long practice password');
    await page.getByRole('button', { name: 'Create account' }).click();

    const inbox = page.getByRole('status').filter({
      hasText: `Check your inbox at ${demoAccounts.candidate2.email}: we sent a link to finish creating your account.`,
    });
    await expect(inbox).toBeVisible();
    await expect(inbox).toBeFocused();
  });
});
