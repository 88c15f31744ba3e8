import { expect, test, type Page } from '@playwright/test';
import { DEMO_COHORT_NAME, DEMO_PASSWORD, demoAccounts, signIn } from './demo-accounts.js';
import { expectNoSeriousA11yViolations } from './accessibility.js';

/** The cohort page's "N members · Your role: …" line, as a number. */
async function memberCount(page: Page): Promise<number> {
  const line = page.getByText(/^\d+ members? · Your role/);
  const text = (await line.textContent()) ?? '';
  return Number.parseInt(text, 10);
}

test('a coordinator invites a new candidate, who registers through the link and joins the cohort', async ({ browser, page }) => {
  const runId = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const inviteeEmail = `invitee-${runId}@example.org`;
  const inviteeName = `Invited Candidate ${runId}`;

  // The coordinator opens the demo cohort from their dashboard and invites a new address.
  await signIn(page, demoAccounts.coordinator.email);
  const coordinated = page.getByRole('region', { name: 'Cohorts you coordinate' });
  await expect(coordinated).toContainText(/\d+ members/);
  await expectNoSeriousA11yViolations(page);
  await coordinated.getByRole('link', { name: DEMO_COHORT_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_COHORT_NAME })).toBeVisible();
  const cohortUrl = page.url();
  const membersBefore = await memberCount(page);

  const inviteSection = page.getByRole('region', { name: 'Invite someone' });
  await inviteSection.getByLabel('E-mail address').fill(inviteeEmail);
  await inviteSection.getByLabel('Role').selectOption('candidate');
  await inviteSection.getByRole('button', { name: 'Send invitation' }).click();

  const linkField = page.getByLabel(`Invitation link for ${inviteeEmail}`);
  await expect(linkField).toHaveValue(/\/join\/[\w-]{16,}$/);
  const invitationLink = await linkField.inputValue();

  const invitations = page.getByRole('region', { name: 'Invitations', exact: true });
  const invitationRow = invitations.getByRole('row').filter({ hasText: inviteeEmail });
  await expect(invitationRow).toContainText('Pending');
  await expect(invitationRow.getByRole('button', { name: `Copy link for ${inviteeEmail}` })).toBeVisible();
  await expect(invitationRow.getByRole('button', { name: `Withdraw the invitation for ${inviteeEmail}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Rounds' })).toBeVisible();

  // The invitee opens the link in a browser of their own.
  const inviteeContext = await browser.newContext();
  try {
    const invitee = await inviteeContext.newPage();
    await invitee.goto(invitationLink);
    await expect(invitee.getByRole('heading', { level: 1, name: `Join ${DEMO_COHORT_NAME} on Rounds` })).toBeVisible();
    await expect(invitee.getByText('Invited by')).toBeVisible();
    await expect(invitee.getByText(demoAccounts.coordinator.displayName).first()).toBeVisible();
    await expect(invitee.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await expectNoSeriousA11yViolations(invitee);

    const emailField = invitee.getByLabel('E-mail address');
    await expect(emailField).toHaveValue(inviteeEmail);
    await expect(emailField).not.toBeEditable();
    await invitee.getByLabel('Display name').fill(inviteeName);
    await invitee.getByLabel('Password').fill('a long practice password');
    await invitee.getByRole('button', { name: 'Create account and join' }).click();

    await expect(invitee).toHaveURL(/\/$/);
    await expect(invitee.getByRole('heading', { level: 1, name: `Welcome, ${inviteeName}` })).toBeVisible();
    await expect(
      invitee.getByRole('status').filter({ hasText: `You joined “${DEMO_COHORT_NAME}” as a candidate.` }),
    ).toBeVisible();
    await expect(invitee.getByRole('region', { name: 'Practise' })).toBeVisible();
    await expectNoSeriousA11yViolations(invitee);

    // The link works once.
    await invitee.goto(invitationLink);
    await expect(invitee.getByText('This invitation has already been used.')).toBeVisible();
  } finally {
    await inviteeContext.close();
  }

  // Back in the first browser, the coordinator signs in again and is returned to the cohort.
  await page.goto(cohortUrl);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('E-mail address').fill(demoAccounts.coordinator.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(cohortUrl);
  await page.reload();

  const members = page.getByRole('region', { name: 'Members', exact: true });
  const memberRow = members.getByRole('row').filter({ hasText: inviteeName });
  await expect(memberRow).toContainText('Candidate');
  await expect(memberRow).toContainText(inviteeEmail);
  await expect(page.getByText(`${membersBefore + 1} members`)).toBeVisible();
  await expect(invitations.getByRole('row').filter({ hasText: inviteeEmail })).toContainText('Accepted');
});

test('someone with an account signs in to accept, and a withdrawn link says it was withdrawn', async ({ browser, page }) => {
  const runId = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const withdrawnEmail = `withdrawn-${runId}@example.org`;
  const mentor = { email: 'mentor2@demo.test', displayName: 'Marcus Lee' };

  await signIn(page, demoAccounts.coordinator.email);
  await page.getByRole('region', { name: 'Cohorts you coordinate' }).getByRole('link', { name: DEMO_COHORT_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_COHORT_NAME })).toBeVisible();
  const membersBefore = await memberCount(page);
  const inviteSection = page.getByRole('region', { name: 'Invite someone' });
  const invitations = page.getByRole('region', { name: 'Invitations', exact: true });

  // A mentor of the cohort is invited to practise as a candidate too.
  await inviteSection.getByLabel('E-mail address').fill(mentor.email);
  await inviteSection.getByLabel('Role').selectOption('candidate');
  await inviteSection.getByRole('button', { name: 'Send invitation' }).click();
  const mentorLink = await page.getByLabel(`Invitation link for ${mentor.email}`).inputValue();

  await inviteSection.getByLabel('E-mail address').fill(withdrawnEmail);
  await inviteSection.getByRole('button', { name: 'Send invitation' }).click();
  const withdrawnLink = await page.getByLabel(`Invitation link for ${withdrawnEmail}`).inputValue();
  await invitations.getByRole('button', { name: `Withdraw the invitation for ${withdrawnEmail}` }).click();
  await expect(invitations.getByRole('row').filter({ hasText: withdrawnEmail })).toContainText('Withdrawn');

  const inviteeContext = await browser.newContext();
  try {
    const invitee = await inviteeContext.newPage();

    await invitee.goto(withdrawnLink);
    await expect(invitee.getByRole('heading', { level: 1, name: 'This invitation link cannot be used' })).toBeVisible();
    await expect(invitee.getByText('This invitation was withdrawn by the coordinator.')).toBeVisible();
    await expectNoSeriousA11yViolations(invitee);

    await invitee.goto(mentorLink);
    await expect(invitee.getByRole('heading', { name: 'Sign in to accept' })).toBeVisible();
    await expect(invitee.getByLabel('E-mail address')).toHaveValue(mentor.email);
    await expect(invitee.getByLabel('E-mail address')).not.toBeEditable();
    await invitee.getByLabel('Password').fill(DEMO_PASSWORD);
    await expectNoSeriousA11yViolations(invitee);
    await invitee.getByRole('button', { name: 'Sign in to accept' }).click();

    await expect(invitee).toHaveURL(/\/$/);
    await expect(invitee.getByRole('heading', { level: 1, name: `Welcome, ${mentor.displayName}` })).toBeVisible();
    await expect(invitee.getByRole('status').filter({ hasText: 'as a candidate' })).toBeVisible();
    // The account now holds both roles, and the dashboard has a section for each.
    await expect(invitee.getByRole('region', { name: 'Interviewing' })).toBeVisible();
    await expect(invitee.getByRole('region', { name: 'Practise' })).toBeVisible();
  } finally {
    await inviteeContext.close();
  }

  await page.reload();
  await expect(invitations.getByRole('row').filter({ hasText: mentor.email })).toContainText('Accepted');
  const mentorRows = page
    .getByRole('region', { name: 'Members', exact: true })
    .getByRole('row')
    .filter({ hasText: mentor.displayName });
  await expect(mentorRows).toHaveCount(2);
  // Same person, second role: the count of people does not change.
  await expect(page.getByText(`${membersBefore} members`)).toBeVisible();
});
