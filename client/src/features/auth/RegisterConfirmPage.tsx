import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { LoadingState } from '../../components/PageStates';
import { isApiError, type ApiError } from '../../lib/api';
import { withNotice } from '../../lib/navigation-notice';
import { usePageTitle } from '../../lib/use-page-title';
import { useConfirmRegistration } from './registration-queries';
import { useStartSession } from './session';

/**
 * `/register/confirm/:token`, the link in the registration e-mail. Nothing happens on load: mail scanners open
 * links to check them, and one of them must not use up the link (or create the account). The person presses the
 * button.
 */
export function RegisterConfirmPage() {
  usePageTitle('Finish creating your account');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const confirm = useConfirmRegistration();
  const [finished, setFinished] = useState(false);

  function finish() {
    confirm.mutate(token, {
      onSuccess: (user) => {
        setFinished(true);
        startSession(user);
        void navigate('/', {
          replace: true,
          state: withNotice(`Welcome to Rounds, ${user.displayName}. Your account is ready.`),
        });
      },
    });
  }

  if (finished) return <LoadingState label="Taking you to your dashboard…" />;
  if (isApiError(confirm.error) && [404, 409, 410].includes(confirm.error.status)) return <UnusableLink error={confirm.error} />;

  return (
    <div className="card auth-card">
      <h1>Finish creating your account</h1>
      <p className="lead">
        One step left: press the button to create your Rounds account with the details you registered. You will be signed in right
        away.
      </p>
      <FormAlert message={confirm.error ? (isApiError(confirm.error) ? confirm.error.detail : confirm.error.message) : null} />
      <button type="button" className="button button-primary" disabled={confirm.isPending} onClick={finish}>
        {confirm.isPending ? 'Creating your account…' : 'Finish creating my account'}
      </button>
    </div>
  );
}

const HEADINGS: Record<number, string> = {
  404: 'This link cannot be used',
  409: 'This address already has an account',
  410: 'This link has expired',
};

/** A used or unknown link (404), an address that got an account meanwhile (409), an expired link (410). */
function UnusableLink({ error }: { error: ApiError }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that was pressed is gone: start reading (and tabbing) from the explanation.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="card auth-card">
      <h1 ref={heading} tabIndex={-1}>
        {HEADINGS[error.status]}
      </h1>
      <p className="notice notice-warning">{error.detail}</p>
      <p className="auth-switch">
        {error.status === 409 ? (
          <Link to="/sign-in">Sign in</Link>
        ) : (
          <>
            <Link to="/register">Register again</Link> or <Link to="/sign-in">sign in</Link>
          </>
        )}
      </p>
    </div>
  );
}
