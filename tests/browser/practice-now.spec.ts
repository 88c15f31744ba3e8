import { expect, test, type WebSocketRoute } from '@playwright/test';
import { newDemoCandidate, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { pressPracticeNow } from './practice-room.js';

test.describe('practice now', () => {
  test('two candidates press practice now and land in the camera check of the same new peer session', async ({ browser }) => {
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    await signIn(first, 'candidate3@demo.test');
    await signIn(second, 'candidate4@demo.test');

    await pressPracticeNow(first);
    await expect(first.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
    await expectNoSeriousA11yViolations(first);

    await pressPracticeNow(second);
    await expect(first).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
    await expect(second).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
    expect(new URL(first.url()).pathname).toBe(new URL(second.url()).pathname);
    await expect(first.getByText(/paired with Jordan Kim/)).toBeVisible();
    await expect(second.getByText(/paired with Sofia García/)).toBeVisible();
    await expect(first.getByRole('heading', { level: 1 })).toContainText(/Peer practice/);
    await expect(first.getByRole('heading', { level: 2, name: 'Check your camera and microphone' })).toBeVisible();
    await expect
      .poll(() => first.locator('.lk-prejoin video').evaluate((video) => (video as unknown as { readyState: number }).readyState))
      .toBeGreaterThanOrEqual(2);
    await expectNoSeriousA11yViolations(first);

    // The session page of an instant session offers nothing to move or cancel, and no no-show form before the grace.
    const sessionId = /\/sessions\/([0-9a-f-]{36})/.exec(first.url())![1];
    await first.goto(`/sessions/${sessionId}`);
    await expect(first.getByRole('heading', { level: 1 })).toContainText(/Peer practice/);
    await expect(first.getByText(/record a no-show here from 10 minutes after the start/)).toBeVisible();
    await expect(first.getByRole('region', { name: 'Change this session' })).toHaveCount(0);
    await expect(first.getByRole('region', { name: 'Record a no-show' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(first);

    // Frees both for the call-room journey, which pairs the same two people.
    const cancelled = await first.request.post(`/api/sessions/${sessionId}/cancel`, {
      data: { reason: 'End of the practice-now journey.' },
    });
    expect(cancelled.status()).toBe(200);
  });

  test('a waiting candidate can stop waiting', async ({ page }) => {
    await signIn(page, 'candidate1@demo.test');
    await pressPracticeNow(page);
    const waiting = page.getByRole('status').filter({ hasText: 'in line' });
    await expect(waiting).toBeVisible();
    await page.getByRole('button', { name: 'Stop waiting' }).click();
    await expect(page.getByText('You left the queue.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Practice now' })).toBeVisible();
  });

  test('a waiting candidate whose connection drops is back in line without reloading, and is matched', async ({
    browser,
    baseURL,
  }) => {
    // Two new candidates, so no earlier journey's session makes either of them busy.
    const waiting = await newDemoCandidate(browser, baseURL!, 'Reconnect Waiting');
    const partner = await newDemoCandidate(browser, baseURL!, 'Reconnect Partner');
    // Every socket.io connection of the waiting page passes through here, so the test can cut one for real.
    const connections: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
    await waiting.routeWebSocket(/\/socket\.io\//, (page) => {
      connections.push({ page, server: page.connectToServer() });
    });

    for (const page of [waiting, partner]) await page.goto('/');
    await pressPracticeNow(waiting);
    await expect(waiting.getByRole('status').filter({ hasText: 'in line' })).toBeVisible();
    // The server side closes: the server gives the place up, and the page sees a dropped connection.
    await connections[0].server.close();
    await expect.poll(() => connections.length).toBe(2);
    await expect(waiting.getByText(/reconnecting/)).toHaveCount(0);
    await expect(waiting.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();

    await pressPracticeNow(partner);
    await expect(waiting).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
    await expect(partner).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
    expect(new URL(waiting.url()).pathname).toBe(new URL(partner.url()).pathname);

    const sessionId = /\/sessions\/([0-9a-f-]{36})/.exec(waiting.url())![1];
    const cancelled = await waiting.request.post(`/api/sessions/${sessionId}/cancel`, {
      data: { reason: 'End of the reconnect journey.' },
    });
    expect(cancelled.status()).toBe(200);
    await waiting.context().close();
    await partner.context().close();
  });
});
