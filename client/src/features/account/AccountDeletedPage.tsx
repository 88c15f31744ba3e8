import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

/** Where deleting an account lands, signed out. */
export function AccountDeletedPage() {
  usePageTitle('Account deleted');
  return (
    <div className="card auth-card">
      <h1>Your account is deleted</h1>
      <p className="lead">
        Rounds no longer holds your profile, availability, accommodations or notes, and you are signed out everywhere. Thank you
        for practising with us.
      </p>
      <p className="auth-switch">
        Changed your mind? <Link to="/register">Create a new account</Link> with the same address, or{' '}
        <Link to="/sign-in">go to sign-in</Link>.
      </p>
    </div>
  );
}
