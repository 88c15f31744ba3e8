import { expect, type Page } from '@playwright/test';

/** Seeded by the server into its empty database (server/src/demo/demo-data.service.ts); playwright.config passes it to the server. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'practice-with-rounds-in-tests';
export const DEMO_COHORT_NAME = 'Demo cohort: clinical informatics prep';

export const demoAccounts = {
  coordinator: { email: 'coordinator@demo.test', displayName: 'Dana Okafor' },
  candidate1: { email: 'candidate1@demo.test', displayName: 'Amara Nwosu' },
  candidate2: { email: 'candidate2@demo.test', displayName: 'Rahul Mehta' },
} as const;

/** Signs in through the form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
}
