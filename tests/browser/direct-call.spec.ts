/// <reference lib="dom" />
// The page-side functions below run in Chromium, with the browser's types.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { newDemoCandidate } from './demo-accounts.js';
import { passPreJoin, pressPracticeNow } from './practice-room.js';
import { testDatabase } from './test-database.js';

/** What a page's current call connection has received so far, from RTCPeerConnection.getStats(). */
interface Inbound {
  /** How many connections the page has made (each recovery makes a new one). */
  connections: number;
  connectionState: string;
  framesDecoded: number;
  audioPackets: number;
  totalAudioEnergy: number;
  audioLevel: number;
}

/**
 * A new candidate of the demo cohort (so no other journey's pairings are disturbed), signed in, in a browser of their
 * own with Chromium's fake camera and microphone. Every RTCPeerConnection the page makes is kept on
 * `window.__peerConnections`, so the journey can read the call's figures and break it; the app has no hook for tests.
 */
async function personInBrowser(browser: Browser, baseURL: string, displayName: string): Promise<Page> {
  const page = await newDemoCandidate(browser, baseURL, displayName);
  await page.context().grantPermissions(['camera', 'microphone']);
  await page.context().addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    Object.assign(window, { __peerConnections: made });
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        made.push(this);
      }
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` })).toBeVisible();
  return page;
}

function inbound(page: Page): Promise<Inbound> {
  return page.evaluate(async () => {
    const made = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const pc = made.at(-1);
    const figures = { connections: made.length, connectionState: pc?.connectionState ?? 'none' };
    const totals = { framesDecoded: 0, audioPackets: 0, totalAudioEnergy: 0, audioLevel: 0 };
    if (!pc || pc.signalingState === 'closed') return { ...figures, ...totals };
    (await pc.getStats()).forEach((entry: Record<string, unknown>) => {
      if (entry.type !== 'inbound-rtp') return;
      if (entry.kind === 'video') totals.framesDecoded += Number(entry.framesDecoded ?? 0);
      if (entry.kind === 'audio') {
        totals.audioPackets += Number(entry.packetsReceived ?? 0);
        totals.totalAudioEnergy += Number(entry.totalAudioEnergy ?? 0);
        totals.audioLevel = Math.max(totals.audioLevel, Number(entry.audioLevel ?? 0));
      }
    });
    return { ...figures, ...totals };
  });
}

/**
 * The partner's picture and sound arrive on the page's current connection: decoded video frames, audio packets
 * and audio energy all rise between two readings, and the audio level is above silence (the fake microphone beeps).
 */
async function expectMediaArriving(page: Page): Promise<Inbound> {
  await expect.poll(async () => (await inbound(page)).framesDecoded, { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await inbound(page);
  await expect
    .poll(
      async () => {
        const now = await inbound(page);
        return (
          now.connections === before.connections &&
          now.framesDecoded > before.framesDecoded &&
          now.audioPackets > before.audioPackets &&
          now.totalAudioEnergy > before.totalAudioEnergy
        );
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await expect.poll(async () => (await inbound(page)).audioLevel, { timeout: 20_000 }).toBeGreaterThan(0);
  return inbound(page);
}

const callRegion = (page: Page) => page.getByRole('region', { name: 'Video' });

test.describe('a direct call (no LiveKit)', () => {
  test('two candidates see and hear each other, and the call survives a camera off, the swap, a closed connection and a reload', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const first = await personInBrowser(browser, baseURL!, 'Nadia Haddad');
    const second = await personInBrowser(browser, baseURL!, 'Tomas Ruiz');
    try {
      await pressPracticeNow(first);
      await expect(first.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
      await pressPracticeNow(second);
      // Practice now takes both straight to the room's camera check.
      await expect(first).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      await expect(second).toHaveURL(new URL(first.url()).pathname);
      const sessionId = /\/sessions\/([0-9a-f-]{36})/.exec(first.url())![1];
      for (const page of [first, second]) await passPreJoin(page);
      // A marker that a reload would wipe: the second person never reloads.
      await second.evaluate(() => Object.assign(window, { __neverReloaded: true }));

      // Both ways: each side decodes the other's video and receives its audio.
      for (const page of [first, second]) {
        await expect(callRegion(page).getByRole('status').filter({ hasText: 'Connection: good' })).toBeVisible({
          timeout: 30_000,
        });
        await expectMediaArriving(page);
      }
      await expect(callRegion(first).locator('figcaption').first()).toHaveText('Tomas Ruiz');
      await expectNoSeriousA11yViolations(first);

      // Camera off on one side: the other sees a placeholder instead of a frozen picture; on again, frames return.
      await first.getByRole('button', { name: 'Turn camera off' }).click();
      await expect(callRegion(second).getByText("Nadia Haddad's camera is off")).toBeVisible();
      await expect(second.locator('video[data-call="remote"]')).toBeHidden();
      await expect(callRegion(first).getByText('Your camera is off')).toBeVisible();
      await expectNoSeriousA11yViolations(second);
      await first.getByRole('button', { name: 'Turn camera on' }).click();
      await expect(callRegion(second).getByText("Nadia Haddad's camera is off")).toHaveCount(0);
      await expect(second.locator('video[data-call="remote"]')).toBeVisible();
      await expectMediaArriving(second);

      // Half time: the session is moved so that its half time has passed, then the roles swap; the call stays.
      const db = await testDatabase(Number(new URL(baseURL!).port));
      const moveSession = (shift: string) =>
        db.query(`UPDATE sessions SET starts_at = starts_at + $2::interval, ends_at = ends_at + $2::interval WHERE id = $1`, [
          sessionId,
          shift,
        ]);
      const firstInterviews = await first.getByRole('heading', { level: 2, name: 'You are interviewing' }).isVisible();
      const [interviewer, candidate] = firstInterviews ? [first, second] : [second, first];
      await moveSession('-16 minutes');
      await interviewer.getByRole('button', { name: 'Start the interview' }).click();
      const connectionsBeforeSwap = [(await inbound(first)).connections, (await inbound(second)).connections];
      // One proposes, the other accepts: nobody swaps the other alone.
      await interviewer.getByRole('button', { name: 'Propose swap' }).click();
      await candidate.getByRole('button', { name: 'Accept swap' }).click();
      await expect(candidate.getByRole('heading', { level: 2, name: 'You are interviewing' })).toBeVisible();
      await expect(interviewer.getByRole('heading', { level: 2, name: 'You are the candidate' })).toBeVisible();
      // Back to its real time: the rest of the session runs on its own clock.
      await moveSession('16 minutes');
      await db.end();
      expect((await expectMediaArriving(first)).connections).toBe(connectionsBeforeSwap[0]);
      expect((await expectMediaArriving(second)).connections).toBe(connectionsBeforeSwap[1]);

      // The first person's connection is closed under the call: both sides come back on new connections by themselves.
      const beforeClose = [await inbound(first), await inbound(second)];
      const closedState = await first.evaluate(() => {
        const pc = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections.at(-1)!;
        pc.close();
        return pc.signalingState;
      });
      expect(closedState).toBe('closed');
      await expect(callRegion(second).getByText(/^Reconnecting…/)).toBeVisible();
      for (const [index, page] of [first, second].entries()) {
        await expect
          .poll(async () => (await inbound(page)).connections, { timeout: 30_000 })
          .toBeGreaterThan(beforeClose[index].connections);
        await expectMediaArriving(page);
      }
      await expect(callRegion(second).getByText(/^Reconnecting…/)).toHaveCount(0);

      // The first person's tab reloads: the second person's page makes a new connection for the new page, unprompted.
      const beforeReload = await inbound(second);
      await first.reload();
      await passPreJoin(first);
      await expect
        .poll(async () => (await inbound(second)).connections, { timeout: 30_000 })
        .toBeGreaterThan(beforeReload.connections);
      await expectMediaArriving(first);
      await expectMediaArriving(second);
      expect(await second.evaluate(() => (window as unknown as { __neverReloaded?: boolean }).__neverReloaded)).toBe(true);
      await expectNoSeriousA11yViolations(second);

      // Attendance knows the call connected, for both.
      const detail = await second.request.get(`/api/sessions/${sessionId}`);
      const attendance = ((await detail.json()) as { attendance: { call: { state: string } | null }[] }).attendance;
      expect(attendance.map((row) => row.call?.state)).toEqual(['connected', 'connected']);
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });
});
