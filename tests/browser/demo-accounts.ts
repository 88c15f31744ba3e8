import { expect, type Browser, type Page } from '@playwright/test';

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

/**
 * A new candidate of the demo cohort, invited by the demo coordinator and registered over the API (set-up,
 * not the journey under test), signed in on a page of a browser context of their own. Close the context after.
 */
export async function newDemoCandidate(browser: Browser, baseURL: string, displayName: string): Promise<Page> {
  return newDemoMember(browser, baseURL, displayName, 'candidate');
}

/** A new member of the demo cohort in the given role (as newDemoCandidate): close its context after. */
export async function newDemoMember(
  browser: Browser,
  baseURL: string,
  displayName: string,
  role: 'candidate' | 'mentor',
): Promise<Page> {
  const email = `${displayName.toLowerCase().replaceAll(' ', '-')}-${Date.now()}@example.org`;
  const coordinator = await browser.newContext({ baseURL });
  let link: string;
  try {
    const signedIn = await coordinator.request.post('/api/auth/login', {
      data: { email: demoAccounts.coordinator.email, password: DEMO_PASSWORD },
    });
    expect(signedIn.status()).toBe(200);
    const cohorts = (await (await coordinator.request.get('/api/cohorts')).json()) as { id: string; name: string }[];
    const cohort = cohorts.find((candidate) => candidate.name === DEMO_COHORT_NAME);
    if (!cohort) throw new Error(`the demo coordinator is not in "${DEMO_COHORT_NAME}"`);
    const invited = await coordinator.request.post(`/api/cohorts/${cohort.id}/invitations`, {
      data: { email, role },
    });
    expect(invited.status()).toBe(201);
    link = ((await invited.json()) as { link: string }).link;
  } finally {
    await coordinator.close();
  }
  const page = await (await browser.newContext({ baseURL })).newPage();
  const registered = await page.request.post('/api/auth/register', {
    data: { email, password: 'a long practice password', displayName, timeZone: 'UTC', invitationToken: link.split('/join/')[1] },
  });
  expect(registered.status()).toBe(201);
  return page;
}
