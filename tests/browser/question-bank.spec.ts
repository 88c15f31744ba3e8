import { expect, test, type Page } from '@playwright/test';
import { DEMO_COHORT_NAME, demoAccounts, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

const PROFESSIONAL = 'Professional (the candidate interviews them)';

/** The demo cohort's id, read with the signed-in page's own session. */
async function demoCohortId(page: Page): Promise<string> {
  const response = await page.request.get('/api/cohorts');
  expect(response.ok()).toBe(true);
  const cohorts = (await response.json()) as { id: string; name: string }[];
  const cohort = cohorts.find((candidate) => candidate.name === DEMO_COHORT_NAME);
  if (!cohort) throw new Error(`the coordinator is not in "${DEMO_COHORT_NAME}"`);
  return cohort.id;
}

/** Opens a section's question picker, finds a question by its words and adds it. */
async function addQuestion(page: Page, section: string, search: string, prompt: RegExp) {
  const picker = page.getByRole('group', { name: `Add questions to ${section}` });
  if (!(await picker.isVisible())) {
    await page.getByRole('button', { name: `Add questions to ${section}` }).click();
    // Opening the picker puts the person in its search box.
    await expect(picker.getByLabel('Search the bank')).toBeFocused();
  }
  await picker.getByLabel('Search the bank').fill(search);
  await picker.getByRole('button', { name: new RegExp(`^Add: ${prompt.source}`) }).click();
  await expect(page.getByRole('list', { name: `Questions in ${section}` })).toContainText(prompt);
}

test.describe('the script builder', () => {
  test('a coordinator builds a timed script for the demo cohort and sees it in the interviewer layout', async ({ page }) => {
    // The longest journey, with axe on each state of the builder: on a loaded 2-core machine it outlasted 120 s.
    test.slow();
    await signIn(page, demoAccounts.coordinator.email);
    const cohortId = await demoCohortId(page);
    await page.goto(`/scripts/new?cohortId=${cohortId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'New script' })).toBeVisible();
    await expect(page.getByText(`For the cohort ${DEMO_COHORT_NAME}`)).toBeVisible();

    await page.getByLabel('Title').fill('Faculty interview: QI and decision support');
    await page.getByLabel('Track').selectOption('residency_fellowship');
    await page.getByLabel('Interviewer').selectOption('faculty');

    const total = page.locator('.sb-total');
    const underTarget = total.getByText(/Under the 20–30 minute target/);
    await expect(total).toContainText('0 of 20–30 minutes');

    await page.getByRole('checkbox', { name: 'Include Opening' }).check();
    await page.getByLabel('Minutes for Opening').fill('4');
    await addQuestion(page, 'Opening', 'yourself', /Tell me about yourself\./);
    await expect(total).toContainText('4 of 20–30 minutes');
    await expect(underTarget).toBeVisible();

    await page.getByRole('checkbox', { name: 'Include Behavioural' }).check();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Minutes for Behavioural').fill('8');
    await addQuestion(page, 'Behavioural', 'mistake', /Tell me about a mistake you made/);
    await addQuestion(page, 'Behavioural', 'tested you', /Describe a case that tested you/);
    await page.getByRole('button', { name: 'Done adding to Behavioural' }).click();
    await expect(page.getByRole('button', { name: 'Add questions to Behavioural' })).toBeFocused();

    await expect(total).toContainText('12 of 20–30 minutes');
    await expect(underTarget).toBeVisible();

    // Reorder with the keyboard: the moved question keeps focus (on "Up" once it is last).
    const behavioural = page.getByRole('list', { name: 'Questions in Behavioural' });
    await behavioural.getByRole('button', { name: /^Move down: Tell me about a mistake/ }).focus();
    await page.keyboard.press('Enter');
    await expect(behavioural.getByRole('listitem').first()).toContainText('Describe a case that tested you');
    await expect(behavioural.getByRole('button', { name: /^Move up: Tell me about a mistake/ })).toBeFocused();

    await page.getByRole('checkbox', { name: 'Include Knowledge' }).check();
    await page.getByLabel('Minutes for Knowledge').fill('13');
    await expect(total).toContainText('25 of 20–30 minutes');
    await expect(underTarget).toHaveCount(0);
    await expect(total).toContainText('Within the 20–30 minute target.');

    // Over the 60-minute limit is an error, and the minutes' own limits are shown next to the field.
    await page.getByLabel('Minutes for Knowledge').fill('53');
    await expect(total).toContainText('65 of 20–30 minutes');
    await expect(total).toContainText('Over the 60-minute limit by 5 minutes');
    await page.getByLabel('Minutes for Knowledge').fill('0');
    await page.getByRole('button', { name: 'Save script' }).click();
    const knowledgeMinutes = page.getByLabel('Minutes for Knowledge');
    await expect(knowledgeMinutes).toHaveAttribute('aria-invalid', 'true');
    await expect(knowledgeMinutes).toHaveAccessibleDescription(/Minutes for Knowledge must be at least 1 minute\./);
    await expect(knowledgeMinutes).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'see the messages below each field' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await knowledgeMinutes.fill('13');
    await addQuestion(page, 'Knowledge', 'PDSA', /Walk me through how you would run a PDSA cycle/);
    await expect(total).toContainText('25 of 20–30 minutes');
    await page.getByRole('button', { name: 'Save script' }).click();

    // The viewer: sections with their start times, and the interviewer's notes for each question.
    await expect(page.getByRole('heading', { level: 1, name: 'Faculty interview: QI and decision support' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'is saved' })).toBeVisible();
    const plan = page.getByRole('region', { name: 'Interview plan' });
    await expect(plan.locator('.sb-timeline-time')).toHaveText(['0:00', '4:00', '12:00', '25:00']);
    await expect(plan.getByRole('heading', { name: /Behavioural/ })).toBeVisible();
    await expect(plan.locator('.sb-timeline-prompt')).toHaveText([
      'Tell me about yourself.',
      /^Describe a case that tested you/,
      /^Tell me about a mistake you made/,
      /^Walk me through how you would run a PDSA cycle/,
    ]);
    await expect(plan.getByText('Follow-up probes').first()).toBeVisible();
    await expect(plan.getByText('What did you do in the first hour after you realised?')).toBeVisible();
    // Levels read in the residency track's own terms.
    const opening = plan.locator('.sb-timeline-question').first();
    await opening.getByText('What a strong answer looks like at each level').click();
    await expect(opening.locator('.qb-level dt')).toHaveText([
      'Medical student or graduate (residency applicant)',
      'Resident (fellowship applicant)',
      'Physician after residency or practice abroad',
    ]);
    await expect(page.getByText('End · total 25 minutes')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('the question bank', () => {
  test('a candidate sees prompts and answer times but no interviewer guides', async ({ page }) => {
    await signIn(page, demoAccounts.candidate2.email);
    await page.goto('/questions');
    await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ questions in the bank/ })).toBeVisible();
    await expect(
      page.getByText('Interviewer guides (what a question assesses, follow-up probes and rubric) are visible to mentors'),
    ).toBeVisible();

    await expect(page.getByRole('heading', { level: 3, name: 'Tell me about yourself.' })).toBeVisible();
    await expect(page.getByText('Follow-up probes', { exact: true })).toHaveCount(0);
    await expect(page.getByText('Interviewer guide', { exact: true })).toHaveCount(0);
    await expect(page.getByText('What is the one experience from that story you would want us to remember?')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Filters live in the address, and the interviewer list follows the track.
    await page.getByLabel('Track').selectOption('informational');
    await expect(page).toHaveURL(/track=informational/);
    await expect(page.getByLabel('Interviewer').locator('option')).toHaveText(['Any interviewer', PROFESSIONAL]);
    await page.getByLabel('Search').fill('ordinary working day');
    await expect(page).toHaveURL(/q=ordinary\+working\+day/);
    await expect(page.getByRole('status').filter({ hasText: '1 question matches these filters' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: /^Could you walk me through an ordinary working day/ }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Track')).toHaveValue('informational');
    await expect(page.getByLabel('Search')).toHaveValue('ordinary working day');
    await expect(page.getByText('Follow-up probes', { exact: true })).toHaveCount(0);

    // The informational script brings a role card for the peer who plays the professional.
    const scripts = await page.request.get('/api/scripts?track=informational');
    const informational = ((await scripts.json()) as { id: string; key: string | null }[]).find(
      (s) => s.key === 'informational.professional',
    );
    await page.goto(`/scripts/${informational?.id}`);
    const card = page.getByRole('region', { name: 'Role card: playing the professional' });
    await expect(card).toBeVisible();
    await expect(card.getByText('Keeping to time')).toBeVisible();
    await expect(card.getByText(/Agree the length at the start/)).toBeVisible();
  });
});
