import { Link, Navigate, useLocation } from 'react-router';
import { StatusMessage } from '../../components/FormAlert';
import { noticeFrom } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { returnPathFrom } from './return-path';
import { useCurrentUser } from '../../lib/session';
import { usePublicConfig, useStartSession } from './session';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  usePageTitle('Sign in');
  const location = useLocation();
  const currentUser = useCurrentUser();
  const config = usePublicConfig();
  const startSession = useStartSession();

  // Signing in stores the user in the query cache, which re-renders this page into the redirect.
  if (currentUser.data) return <Navigate to={returnPathFrom(location.state)} replace />;

  return (
    <div className="card auth-card">
      <h1>Sign in to Rounds</h1>
      <p className="lead">Practise interviews with mentors who have sat on the other side of the table.</p>
      <StatusMessage message={noticeFrom(location.state)} />
      <SignInForm onSignedIn={startSession} />
      <p className="auth-switch">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      {config.data?.openRegistration !== false && (
        <p className="auth-switch">
          New to Rounds? <Link to="/register">Create an account</Link>
        </p>
      )}
      {config.data?.openRegistration === false && (
        <p className="auth-switch">New to Rounds? Accounts are created through an invitation from your coordinator.</p>
      )}
    </div>
  );
}
