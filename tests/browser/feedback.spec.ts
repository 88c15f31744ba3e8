import { expect, test, type Page } from '@playwright/test';
import { DEMO_COHORT_NAME, demoAccounts, newDemoCandidate, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';
import { passPreJoin, pressPracticeNow } from './practice-room.js';

/** Checks level 4 of every required row of the form's competency grid. */
async function scoreRequiredCompetencies(page: Page) {
  const groups = page.getByRole('region', { name: 'Scores', exact: true }).getByRole('radiogroup', { name: /\(required\)$/ });
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    // The keyboard way: focus the group's first level, then arrow keys move along the levels.
    await groups.nth(index).getByRole('radio').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(groups.nth(index).getByRole('radio').nth(3)).toBeChecked();
  }
}

/** What a person reads in a message: no word said twice, no field path such as "scores.communication". */
function expectPlainWords(text: string) {
  expect(text).not.toMatch(/\b(\w+(?:\s+\w+){0,3})\s+\1\b/i);
  expect(text).not.toMatch(/\b[a-z]\w*\.[a-z_]\w*\b/i);
}

test.describe('feedback', () => {
  // New candidates of their own: the demo pairs of the room and practice-now journeys stay untouched.
  test('a peer session runs to its end; the interviewer’s room note reaches the scored feedback, and the candidate sees it released and charted', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const suffix = Date.now().toString(36);
    const first = await newDemoCandidate(browser, baseURL!, `Ines Feedback ${suffix}`);
    const second = await newDemoCandidate(browser, baseURL!, `Omar Feedback ${suffix}`);
    // The client asks for nothing it knows is closed: no video token without LiveKit (the public config says
    // "direct"), and no feedback before the room has ended.
    const tokenRequests: string[] = [];
    const feedbackRequests: string[] = [];
    for (const page of [first, second]) {
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (/^\/api\/sessions\/[^/]+\/token$/.test(path)) tokenRequests.push(path);
        if (/^\/api\/sessions\/[^/]+\/feedback/.test(path)) feedbackRequests.push(path);
      });
    }
    try {
      for (const page of [first, second]) {
        await page.context().grantPermissions(['camera', 'microphone']);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
      }
      // Levels read in the track's own words.
      const practiceCard = first.getByRole('region', { name: 'Practice now' });
      await practiceCard.getByLabel('Practice for').selectOption('residency_fellowship');
      await expect(practiceCard.getByLabel('Level').locator('option')).toHaveText([
        'Medical student or graduate (residency applicant)',
        'Resident (fellowship applicant)',
        'Physician after residency or practice abroad',
      ]);
      await pressPracticeNow(first);
      await expect(first.getByRole('status').filter({ hasText: 'next in line' })).toBeVisible();
      await pressPracticeNow(second);
      await expect(first).toHaveURL(/\/sessions\/[0-9a-f-]{36}\/room$/);
      await expect(second).toHaveURL(new URL(first.url()).pathname);
      const sessionPath = new URL(first.url()).pathname.replace(/\/room$/, '');

      for (const page of [first, second]) await passPreJoin(page);
      const firstInterviews = await first.getByRole('heading', { level: 2, name: 'You are interviewing' }).isVisible();
      const [interviewer, candidate] = firstInterviews ? [first, second] : [second, first];
      const interviewerName = firstInterviews ? `Ines Feedback ${suffix}` : `Omar Feedback ${suffix}`;

      // One question asked and noted, then the session ends.
      await interviewer.getByRole('button', { name: 'Start the interview' }).click();
      await expect(interviewer.getByRole('heading', { level: 3, name: /^Question 1 of \d+/ })).toBeVisible();
      await interviewer.getByRole('button', { name: 'Reveal question' }).click();
      await expect(interviewer.getByText('Showing to the candidate')).toBeVisible();
      const roomNote = 'Clear situation; the result had no numbers';
      await interviewer.getByLabel('Your private note on question 1').fill(roomNote);
      await expect(interviewer.getByText(/^Saved at /)).toBeVisible();
      expect(tokenRequests).toEqual([]);
      expect(feedbackRequests).toEqual([]);
      await interviewer.getByRole('button', { name: /^End session/ }).click();
      await interviewer.getByRole('button', { name: 'Yes, end the session' }).click();
      await expect(candidate.getByRole('region', { name: 'Session summary', exact: true })).toBeVisible();
      expect(tokenRequests).toEqual([]);

      // The interviewer: the session page lists what they owe; the form carries the room note.
      await interviewer.goto(sessionPath);
      const owed = interviewer.getByRole('region', { name: 'Your feedback', exact: true });
      await expect(interviewer.getByRole('region', { name: 'Your notes', exact: true })).toContainText(roomNote);
      await expect(interviewer.getByRole('region', { name: 'Session summary', exact: true })).toContainText('1 question asked');
      await expectNoSeriousA11yViolations(interviewer);
      await owed.getByRole('link', { name: /^Write: Feedback on the person you interviewed/ }).click();
      await expect(interviewer.getByRole('heading', { level: 1, name: /^Feedback on the person you interviewed/ })).toBeVisible();
      // The private note is offered, not shared: the candidate reads it only if the interviewer shares it.
      await expect(interviewer.getByLabel(/^Question 1: /)).toHaveValue('');
      await expect(interviewer.getByText('Your private note (only you see it):')).toBeVisible();
      await expectNoSeriousA11yViolations(interviewer);
      await interviewer.getByRole('button', { name: /^Share this note with / }).click();
      await expect(interviewer.getByLabel(/^Question 1: /)).toHaveValue(roomNote);

      // Submitting too early: checked in the browser, before any request, with the messages beside the fields and
      // focus on the first thing to fix (the first competency of the grid).
      const submits: string[] = [];
      interviewer.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/submit')) submits.push(request.url());
      });
      await interviewer.getByRole('button', { name: 'Submit feedback' }).click();
      const alert = interviewer.getByRole('alert').filter({ hasText: 'cannot be submitted yet' });
      await expect(alert).toBeVisible();
      await expect(interviewer.getByText('Strengths is required to submit.', { exact: true })).toBeVisible();
      await expect(interviewer.getByText(/^Things to work on needs 1 to 3 concrete things/)).toBeVisible();
      const firstRow = interviewer.getByRole('radiogroup', { name: /\(required\)$/ }).first();
      await expect(firstRow.getByRole('radio').first()).toBeFocused();
      // The anchor of the focused level shows under its row.
      await expect(interviewer.locator('.fb-grid-anchor').first()).toContainText('1 of 5:');
      for (const message of await interviewer.locator('.field-error').allTextContents()) expectPlainWords(message);
      expectPlainWords((await alert.textContent()) ?? '');
      expect(submits).toEqual([]);
      await expectNoSeriousA11yViolations(interviewer);

      await scoreRequiredCompetencies(interviewer);
      await interviewer.getByLabel('Strengths', { exact: true }).fill('Calm, well-ordered answer with a clear situation.');
      await expect(interviewer.getByText(/^Draft saved at /)).toBeVisible();
      await interviewer.getByLabel('Improvement 1', { exact: true }).fill('Give the result in numbers');
      await interviewer.getByRole('button', { name: 'Add another' }).click();
      await interviewer.getByLabel('Improvement 2', { exact: true }).fill('Shorten the situation to two sentences');
      await interviewer.getByRole('radio', { name: /^Nearly/ }).check();
      await interviewer.getByRole('button', { name: 'Submit feedback' }).click();
      const submitted = interviewer.getByRole('region', { name: 'Submitted', exact: true });
      await expect(submitted).toContainText(roomNote);
      await expect(submitted).toContainText('4 of 5');
      // The next step: in a peer session the interviewer still owes their own forms.
      const whatNext = interviewer.getByRole('region', { name: 'What next', exact: true });
      await expect(whatNext.getByRole('link', { name: /^Next: / })).toBeVisible();
      await expect(whatNext.getByRole('link', { name: 'Your dashboard and your next sessions' })).toBeVisible();
      await expectNoSeriousA11yViolations(interviewer);

      // The candidate: feedback waits for their self-assessment, then arrives with its scores.
      await candidate.goto(sessionPath);
      const onYou = candidate.getByRole('region', { name: 'Feedback on you', exact: true });
      await expect(onYou).toContainText('Submitted, not yet released');
      await expect(candidate.getByRole('textbox', { name: `Note to ${interviewerName}` })).toHaveValue(
        new RegExp(`^Dear ${interviewerName},`),
      );
      await expectNoSeriousA11yViolations(candidate);
      await candidate
        .getByRole('region', { name: 'Your feedback', exact: true })
        .getByRole('link', { name: /^Write: Your self-assessment/ })
        .click();
      await expect(candidate.getByRole('heading', { level: 1, name: 'Your self-assessment' })).toBeVisible();
      await scoreRequiredCompetencies(candidate);
      await candidate.getByLabel('How your answers went').fill('I rushed the result; the situation took too long.');
      await expectNoSeriousA11yViolations(candidate);
      await candidate.getByRole('button', { name: 'Submit feedback' }).click();
      await expect(candidate.getByText('This form is submitted.')).toBeVisible();
      await expect(
        candidate
          .getByRole('region', { name: 'What next', exact: true })
          .getByRole('link', { name: 'Read the feedback on you, beside your self-assessment' }),
      ).toBeVisible();

      await candidate.getByRole('link', { name: '← Back to the session' }).click();
      await expect(onYou.getByRole('heading', { level: 3, name: `From ${interviewerName}` })).toBeVisible();
      await expect(onYou).toContainText('4 of 5');
      await expect(onYou).toContainText('Give the result in numbers');
      await expect(onYou).toContainText(roomNote);
      const beside = onYou.getByRole('table', { name: `${interviewerName}’s scores beside your self-assessment` });
      await expect(beside.getByRole('columnheader', { name: 'You', exact: true })).toBeVisible();
      await expect(beside.getByRole('row').nth(1)).toContainText('4 of 5');

      // The thank-you note goes through Rounds once.
      const thanks = candidate.getByRole('region', { name: 'Say thank you', exact: true });
      await thanks.getByRole('button', { name: `Send to ${interviewerName} through Rounds` }).click();
      await expect(thanks.getByRole('status').filter({ hasText: `Sent to ${interviewerName}` })).toBeVisible();
      await expectNoSeriousA11yViolations(candidate);

      // Progress: the dashboard leads there; a chart per scored competency, interviewer and self.
      await candidate.goto('/');
      await candidate.getByRole('link', { name: 'Your progress' }).click();
      await expect(candidate.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
      const overTime = candidate.getByRole('region', { name: 'Scores over time', exact: true });
      await expect(overTime.locator('.recharts-surface').first()).toBeVisible();
      // One session so far: each series is a single dot (interviewers' and the candidate's own).
      await expect(overTime.locator('.recharts-line-dots').first().locator('.recharts-dot')).toHaveCount(1);
      await expect(overTime.locator('.recharts-legend-wrapper').first()).toContainText('Interviewers');
      await expect(overTime.locator('.recharts-legend-wrapper').first()).toContainText('You');
      await expect(overTime.getByRole('table').first()).toContainText('4');
      await expect(candidate.getByRole('region', { name: 'What you practised', exact: true })).toContainText('1 question');
      await expectNoSeriousA11yViolations(candidate);
    } finally {
      await first.context().close();
      await second.context().close();
    }
  });

  test('a coordinator opens the cohort’s feedback overview and its CSV export', async ({ page }) => {
    await signIn(page, demoAccounts.coordinator.email);
    await page.goto('/cohorts');
    await page.getByRole('link', { name: DEMO_COHORT_NAME }).click();
    await page.getByRole('link', { name: 'Feedback and attendance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cohort feedback' })).toBeVisible();
    for (const region of ['Sessions and attendance', 'Feedback completion', 'Competencies per candidate', 'Calibration']) {
      await expect(page.getByRole('region', { name: region, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: 'Sessions and attendance', exact: true })).toContainText(/\d+ sessions? held/);
    // Peers' and mentors' scores apart: the peer session of the journey above is marked as peers'.
    await expect(page.getByRole('region', { name: 'Competencies per candidate', exact: true })).toContainText('Peers');
    await expect(page.getByRole('region', { name: 'Calibration', exact: true })).toContainText(
      'Peers’ scores are not compared with mentors’',
    );
    await expectNoSeriousA11yViolations(page);

    const download = page.getByRole('link', { name: 'Download all feedback (CSV)' });
    const csv = await page.request.get((await download.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toContain('session_id');
  });
});
