import { calibrationNavLinks } from '../features/calibration/routes';
import { NavLink, Outlet, useMatches } from 'react-router';
import { useSignOut, useSignedInUser } from '../lib/session';
import { BrandLink } from './BrandLink';
import { PageLoadingIndicator } from './PageLoadingIndicator';
import { feedbackNavLinks } from '../features/feedback/routes';
import { questionBankNavLinks } from '../features/questions/routes';
import { schedulingNavLinks } from '../features/scheduling/routes';
import { scriptNavLinks } from '../features/scripts/routes';
import { useReducedMotionSetting } from '../features/accommodations/use-reduced-motion-setting';
import { isFocusHandle } from '../lib/route-handle';

/** The frame of every signed-in page: product name, navigation, who is signed in, and sign-out. */
export function AppShell() {
  const user = useSignedInUser();
  useReducedMotionSetting(user);
  const isCoordinator = user.roles.includes('coordinator');
  const focused = useMatches().some((match) => isFocusHandle(match.handle));
  if (focused) {
    return (
      <main id="main" className="page page-focus" tabIndex={-1}>
        <PageLoadingIndicator />
        <Outlet />
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <BrandLink />
          <nav aria-label="Main" className="main-nav">
            <NavLink to="/" end>
              Dashboard
            </NavLink>
            {[...schedulingNavLinks, ...feedbackNavLinks, ...questionBankNavLinks, ...scriptNavLinks, ...calibrationNavLinks]
              .filter((link) => link.roles.some((role) => user.roles.includes(role)))
              .map((link) => (
                <NavLink key={link.to} to={link.to}>
                  {link.label}
                </NavLink>
              ))}
            {isCoordinator && <NavLink to="/cohorts">Cohorts</NavLink>}
            <NavLink to="/profile">Profile</NavLink>
            <NavLink to="/account">Account</NavLink>
          </nav>
          <div className="session-controls">
            <span className="signed-in-as" title={user.email}>
              {user.displayName}
            </span>
            <SignOutButton />
          </div>
        </div>
        <PageLoadingIndicator />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function SignOutButton() {
  const signOut = useSignOut();
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate('/sign-in')}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError && (
        <span role="alert" className="inline-error">
          Sign-out failed: {signOut.error.message}
        </span>
      )}
    </>
  );
}
