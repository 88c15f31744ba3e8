import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, newDemoCandidate } from './demo-accounts.js';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as someone without a mouse moves through a page.
 * Fails when it takes more than `limit` presses, which usually means the element cannot be reached at all.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => (element as unknown as { matches(selector: string): boolean }).matches(':focus')))
      return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached within ${limit} presses of Tab`).toBeFocused();
}

/**
 * A new candidate of the demo cohort, in a browser of their own, waiting in the Practice now queue for a
 * partner on the residency track. Set up with the mouse: only the keyboard user's own journey is under test.
 */
async function partnerWaitingInQueue(browser: Browser, baseURL: string): Promise<Page> {
  const partner = await newDemoCandidate(browser, baseURL, 'Keyboard Partner');
  await partner.goto('/');
  const card = partner.getByRole('region', { name: 'Practice now' });
  await card.getByLabel('Practice for').selectOption('residency_fellowship');
  await card.getByLabel('Level').selectOption('entry');
  await card.getByRole('button', { name: 'Practice now' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'in line' })).toBeVisible();
  return partner;
}

test.describe('with the keyboard alone', () => {
  test('a candidate signs in, books a mentor interview, and reaches the pre-join page of a session', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Three people, eight pages and a pairing: longer than one page's journey.
    test.setTimeout(180_000);
    const partner = await partnerWaitingInQueue(browser, baseURL!);
    try {
      // Sign in: the e-mail field is the first field of the page.
      await page.goto('/sign-in');
      await tabTo(page, page.getByLabel('E-mail address'));
      await page.keyboard.type(demoAccounts.candidate2.email);
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Password')).toBeFocused();
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Rahul Mehta' })).toBeVisible();

      // Practice now, with the partner already waiting: both land in a new session that has started.
      const practiceNow = page.getByRole('region', { name: 'Practice now' });
      await tabTo(page, practiceNow.getByRole('button', { name: 'Practice now' }));
      await page.keyboard.press('Enter');
      // Practice now lands on the room's camera check, which is in reach of the keyboard too.
      await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      await expect(page.getByRole('heading', { level: 1, name: /Peer practice/ })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Check your camera and microphone' })).toBeVisible();
      await tabTo(page, page.getByRole('button', { name: 'Join the room' }));

      // The room has the window to itself (no site navigation): out through its link to the session, then back to
      // the dashboard through the main navigation, then to booking.
      await tabTo(page, page.getByRole('link', { name: '← Session details' }), { backwards: true });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }), {
        backwards: true,
      });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Rahul Mehta' })).toBeVisible();
      await tabTo(page, page.getByRole('region', { name: 'Practise' }).getByRole('link', { name: 'Book a session' }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Book a practice session' })).toBeVisible();

      // Choose the interviewer with the arrow keys, then the first proposed time.
      const interviewer = page.getByLabel('Interviewer', { exact: true });
      await tabTo(page, interviewer);
      await page.keyboard.press('ArrowDown');
      await expect(interviewer).toHaveValue('program_director');
      const first = page
        .getByRole('region', { name: 'Proposed times' })
        .getByRole('button', { name: /with Dr\. Priya Raman/ })
        .first();
      await expect(first).toBeVisible();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await expect(first).toHaveAttribute('aria-pressed', 'true');
      // Choosing a time moves the focus to the confirmation, just before its button.
      const confirm = page.getByRole('region', { name: 'Confirm your session' });
      await expect(confirm.getByRole('heading', { name: 'Confirm your session' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(confirm.getByRole('button', { name: 'Book this session' })).toBeFocused();
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Mentor interview with Dr. Priya Raman' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toBeVisible();
    } finally {
      await partner.context().close();
    }
  });
});
