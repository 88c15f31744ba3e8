import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { loggedLinkPath, serverLogFile } from './server-log.js';

const PASSWORD = 'my first practice password';

/**
 * A new account of its own (the demo accounts other journeys rely on stay as they are): registered and confirmed
 * over the API, with the confirmation link the server logs without SMTP. Nothing is signed in in the browser.
 */
async function freshAccount(request: APIRequestContext, logFile: string, displayName: string): Promise<string> {
  const email = `${displayName.toLowerCase().replaceAll(' ', '.')}.${randomBytes(3).toString('hex')}@example.org`;
  const registered = await request.post('/api/auth/register', {
    data: { email, password: PASSWORD, displayName, timeZone: 'America/New_York' },
  });
  expect(registered.status()).toBe(202);
  const link = () => loggedLinkPath(logFile, email, '/register/confirm/');
  await expect.poll(link).toMatch(/^\/register\/confirm\//);
  const token = (await link())!.split('/').at(-1);
  const confirmed = await request.post('/api/auth/register/confirm', { data: { token, password: PASSWORD } });
  expect(confirmed.status()).toBe(201);
  // The API context's own sign-in is not the browser's: end it.
  await request.post('/api/auth/logout');
  return email;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('accounts people can recover and leave', () => {
  test('a person who forgot their password asks for a link, sets a new password with it and signs in', async ({
    page,
    request,
    baseURL,
  }) => {
    const logFile = serverLogFile(Number(new URL(baseURL!).port));
    const email = await freshAccount(request, logFile, 'Noor Rahman');

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // An address that is not one: the message sits beside the field, which takes the focus.
    const address = page.getByLabel('E-mail address');
    await address.fill('noor.rahman');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(address).toBeFocused();
    await expect(address).toHaveAttribute('aria-invalid', 'true');

    await address.fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    const sent = page.getByRole('status').filter({ hasText: `If ${email} has a Rounds account, a link to set a new password` });
    await expect(sent).toBeVisible();
    await expect(sent).toBeFocused();

    // Without SMTP the development server logs the link (the mail itself waits in the outbox).
    const resetLink = () => loggedLinkPath(logFile, email, '/reset-password/');
    await expect.poll(resetLink).toMatch(/^\/reset-password\//);
    const resetPath = (await resetLink())!;

    await page.goto(resetPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const newPassword = page.getByLabel('New password');
    await newPassword.fill('short');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await expect(page.getByText('New password needs at least 10 characters.')).toBeVisible();
    await expect(newPassword).toBeFocused();

    await newPassword.fill('my brand new practice password');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your new password is set' })).toBeVisible();

    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('my brand new practice password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Noor Rahman' })).toBeVisible();

    // The link worked once.
    await page.goto(resetPath);
    await page.getByLabel('New password').fill('yet another practice password');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    const unusable = page.getByRole('heading', { level: 1, name: 'This link cannot be used' });
    await expect(unusable).toBeVisible();
    await expect(unusable).toBeFocused();
    await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  });

  test('a person changes their password on the account page, then deletes their account and can no longer sign in', async ({
    page,
    request,
    baseURL,
  }) => {
    const logFile = serverLogFile(Number(new URL(baseURL!).port));
    const email = await freshAccount(request, logFile, 'Tomas Lindqvist');
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tomas Lindqvist' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download my data' })).toHaveAttribute('href', '/api/account/export');
    await expectNoSeriousA11yViolations(page);

    // A wrong current password: refused beside the field, which takes the focus.
    const current = page.getByLabel('Current password');
    await current.fill('not my password');
    await page.getByLabel('New password').fill('my second practice password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Current password is not your current password.')).toBeVisible();
    await expect(current).toBeFocused();
    await current.fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your password is changed.' })).toBeVisible();

    // Deleting asks first, saying what goes and what stays.
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const confirmation = page.getByRole('heading', { name: 'Delete your account for good?' });
    await expect(confirmation).toBeFocused();
    await expect(page.getByText(/shown as “a former member”/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const password = page.getByLabel('Your password');
    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account permanently' }).click();
    await expect(page.getByText('Your password is not your current password.')).toBeVisible();
    await expect(password).toBeFocused();

    await password.fill('my second practice password');
    await page.getByRole('button', { name: 'Delete my account permanently' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Your account is deleted' })).toBeVisible();

    // Signed out, and the account is gone.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in$/);
    await signIn(page, email, 'my second practice password');
    await expect(page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not right.' })).toBeVisible();
  });
});
