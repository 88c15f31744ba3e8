import { ROLE_LABELS, type Cohort, type InvitationPreview, type User } from '@rounds/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { isApiError } from '../../lib/api';
import { withNotice } from '../../lib/navigation-notice';
import { currentUserKey } from '../../lib/query-client';
import { usePageTitle } from '../../lib/use-page-title';
import { InvitationSummary } from './InvitationSummary';
import { useAcceptInvitation, useInvitationPreview } from './invitation-queries';
import { RegistrationForm } from './RegistrationForm';
import { useCurrentUser, useSignOut } from '../../lib/session';
import { useStartSession } from './session';
import { SignInForm } from './SignInForm';

/** `/join/:token`: what the invitation offers, then the one step that accepts it for this person. */
export function JoinPage() {
  usePageTitle('Your invitation');
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  if (preview.isPending) return <LoadingState label="Opening your invitation…" />;
  if (preview.isError) return <UnusableInvitation error={preview.error} onRetry={() => void preview.refetch()} />;

  return (
    <div className="card auth-card">
      <p className="eyebrow">Invitation</p>
      <h1>Join {preview.data.cohortName} on Rounds</h1>
      <p className="lead">
        {preview.data.invitedBy} invited you as a {ROLE_LABELS[preview.data.role].toLowerCase()}. On Rounds, candidates practise
        live mock interviews for residency, fellowship and healthcare jobs with experienced mentors.
      </p>
      <InvitationSummary preview={preview.data} />
      <InvitationNextStep token={token} preview={preview.data} />
    </div>
  );
}

/** Signs the person in (or registers them), accepts, and takes them to the dashboard. */
function useFinishJoining() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const startSession = useStartSession();
  const [finished, setFinished] = useState(false);

  function finish(user: User, cohortName: string, role: string) {
    setFinished(true);
    startSession(user);
    // Accepting can add a role to the account: read it again.
    void queryClient.invalidateQueries({ queryKey: currentUserKey });
    void navigate('/', { replace: true, state: withNotice(`You joined “${cohortName}” as a ${role.toLowerCase()}.`) });
  }
  return { finished, finish };
}

function InvitationNextStep({ token, preview }: { token: string; preview: InvitationPreview }) {
  const currentUser = useCurrentUser();
  const accept = useAcceptInvitation();
  const { finished, finish } = useFinishJoining();
  const roleLabel = ROLE_LABELS[preview.role];

  if (finished) return <LoadingState label="Taking you to your dashboard…" />;
  if (currentUser.isPending) return <LoadingState label="Checking whether you are signed in…" />;

  const signedInUser = currentUser.data;
  if (signedInUser && signedInUser.email === preview.email) {
    return (
      <section className="join-step" aria-labelledby="join-step-heading">
        <h2 id="join-step-heading">Accept the invitation</h2>
        <p>
          You are signed in as {signedInUser.displayName} ({signedInUser.email}).
        </p>
        <FormAlert message={accept.error ? accept.error.message : null} />
        <button
          type="button"
          className="button button-primary"
          disabled={accept.isPending}
          onClick={() => accept.mutate(token, { onSuccess: (cohort) => finish(signedInUser, cohort.name, roleLabel) })}
        >
          {accept.isPending ? 'Accepting…' : 'Accept invitation'}
        </button>
      </section>
    );
  }
  if (signedInUser) return <SignedInAsSomeoneElse token={token} user={signedInUser} invitedEmail={preview.email} />;

  if (preview.accountExists) {
    const signInAndAccept = async (user: User) => {
      const cohort: Cohort = await accept.mutateAsync(token);
      finish(user, cohort.name, roleLabel);
    };
    return (
      <section className="join-step" aria-labelledby="join-step-heading">
        <h2 id="join-step-heading">Sign in to accept</h2>
        <p>{preview.email} already has a Rounds account. Sign in with it and we will add you to the cohort.</p>
        <SignInForm fixedEmail={preview.email} submitLabel="Sign in to accept" onSignedIn={signInAndAccept} />
      </section>
    );
  }

  return (
    <section className="join-step" aria-labelledby="join-step-heading">
      <h2 id="join-step-heading">Create your account</h2>
      <RegistrationForm
        invitation={{ token, email: preview.email }}
        submitLabel="Create account and join"
        onRegistered={(user) => finish(user, preview.cohortName, roleLabel)}
      />
    </section>
  );
}

interface SignedInAsSomeoneElseProps {
  token: string;
  user: User;
  invitedEmail: string;
}

function SignedInAsSomeoneElse({ token, user, invitedEmail }: SignedInAsSomeoneElseProps) {
  const signOut = useSignOut();
  return (
    <section className="join-step" aria-labelledby="join-step-heading">
      <h2 id="join-step-heading">This invitation is for another address</h2>
      <p>
        You are signed in as {user.email}, but the invitation was sent to {invitedEmail}. Sign out here to sign in or register
        with {invitedEmail} instead; this page opens again.
      </p>
      <FormAlert message={signOut.error ? signOut.error.message : null} />
      <button
        type="button"
        className="button button-primary"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(`/join/${encodeURIComponent(token)}`)}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out and continue'}
      </button>
    </section>
  );
}

/** A bad link (404), a used one (409) or a withdrawn or expired one (410): the server's words, plainly. */
function UnusableInvitation({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const answered = isApiError(error) && [404, 409, 410].includes(error.status);
  if (!answered) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <div className="card auth-card">
      <h1>This invitation link cannot be used</h1>
      <p className="notice notice-warning">{error.detail}</p>
      <p className="auth-switch">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
