import { routes } from '@rounds/shared';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../../lib/session';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountSection } from './DeleteAccountSection';
import { SignOutEverywhereButton } from './SignOutEverywhereButton';

/** `/account`: the password, where you are signed in, your data, and leaving Rounds. */
export function AccountPage() {
  usePageTitle('Account');
  const user = useSignedInUser();
  return (
    <>
      <div className="page-header">
        <h1>Your account</h1>
        <p className="lead">
          Signed in as {user.email}. Your name, time zone and accommodations are on <Link to="/profile">your profile</Link>.
        </p>
      </div>
      <Card title="Password" description="Changing it signs you out in every other browser; this one stays signed in.">
        <ChangePasswordForm />
      </Card>
      <Card
        title="Sign out everywhere"
        description="Ends every sign-in of yours, this browser included, for example after using a shared computer."
      >
        <SignOutEverywhereButton />
      </Card>
      <Card
        title="Your data"
        description="One JSON file with everything Rounds holds about you: profile, roles, cohorts, availability, accommodations, sessions, feedback you wrote and received, room notes, standby windows and your reliability record."
      >
        <a className="button button-secondary" href={routes.exportAccount.path} download>
          Download my data
        </a>
      </Card>
      <Card title="Delete your account" description="Removes you from Rounds. You will be asked to confirm with your password.">
        <DeleteAccountSection />
      </Card>
    </>
  );
}
