import type { User } from '@rounds/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { RegistrationForm } from './RegistrationForm';
import { useCurrentUser } from '../../lib/session';
import { usePublicConfig, useStartSession } from './session';

export function RegisterPage() {
  usePageTitle('Create an account');
  const navigate = useNavigate();
  const config = usePublicConfig();
  const currentUser = useCurrentUser();
  const startSession = useStartSession();
  const [registered, setRegistered] = useState(false);

  function handleRegistered(user: User) {
    setRegistered(true);
    startSession(user);
    void navigate('/', { replace: true, state: withNotice(`Welcome to Rounds, ${user.displayName}. Your account is ready.`) });
  }

  if (config.isPending) return <LoadingState />;
  if (config.isError) return <ErrorState error={config.error} onRetry={() => void config.refetch()} />;

  if (!config.data.openRegistration) {
    return (
      <div className="card auth-card">
        <h1>Registration is by invitation only</h1>
        <p>
          Accounts on this Rounds site are created through an invitation from a cohort coordinator. Open the link in your
          invitation e-mail to create yours, or ask your coordinator to send one.
        </p>
        <p className="auth-switch">
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </div>
    );
  }

  if (currentUser.data && !registered) {
    return (
      <div className="card auth-card">
        <h1>You are already signed in</h1>
        <p>
          You are signed in as {currentUser.data.displayName} ({currentUser.data.email}).
        </p>
        <p>
          <Link to="/">Go to your dashboard</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="card auth-card">
      <h1>Create your Rounds account</h1>
      <p className="lead">
        Practise residency, fellowship and healthcare job interviews live with experienced mentors. You join as a candidate;
        coordinators can add you to their cohorts.
      </p>
      <RegistrationForm submitLabel="Create account" onRegistered={handleRegistered} />
      <p className="auth-switch">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
