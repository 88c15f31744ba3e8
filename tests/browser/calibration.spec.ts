import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { signIn } from './demo-accounts.js';

test.describe('calibration', () => {
  test('a mentor scores a reference answer and sees how far each score is from the agreed one', async ({ page }) => {
    await signIn(page, 'mentor1@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibrate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your scoring' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The generic "why our program" answer: reviewers agreed motivation 2 and specificity 1.
    const form = page.getByRole('form', { name: 'Score reference answer why-program-generic' });
    await form
      .getByRole('group', { name: /Motivation and program fit/ })
      .getByRole('radio', { name: /^4/ })
      .check();
    await form
      .getByRole('group', { name: /Specificity and evidence/ })
      .getByRole('radio', { name: /^1/ })
      .check();
    await form.getByRole('button', { name: 'Compare with the agreed scores' }).click();

    const result = page.getByRole('region', { name: 'Reference answer why-program-generic' }).getByRole('status');
    await expect(result.getByRole('row', { name: /Motivation and program fit/ })).toContainText(
      '2 points above the agreed score',
    );
    await expect(result.getByRole('row', { name: /Specificity and evidence/ })).toContainText('the same as agreed');
    await expectNoSeriousA11yViolations(page);
  });
});
