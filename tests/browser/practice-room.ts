import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';

/** Presses Practice now on the dashboard for an entry-level residency interview. */
export async function pressPracticeNow(page: Page): Promise<void> {
  const card = page.getByRole('region', { name: 'Practice now' });
  await card.getByLabel('Practice for').selectOption('residency_fellowship');
  await card.getByLabel('Level').selectOption('entry');
  await card.getByRole('button', { name: 'Practice now' }).click();
}

/** Through the pre-join step: the camera preview plays (Chromium's fake camera), then into the room. */
export async function passPreJoin(page: Page, checkAccessibility = false): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Check your camera and microphone' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Before you start' })).toContainText('Camera at eye level');
  await expect
    .poll(() => page.locator('.lk-prejoin video').evaluate((video) => (video as unknown as { readyState: number }).readyState))
    .toBeGreaterThanOrEqual(2);
  if (checkAccessibility) await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Join the room' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^You are (interviewing|the candidate)$/ })).toBeVisible();
}
