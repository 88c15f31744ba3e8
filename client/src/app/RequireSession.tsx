import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/PageStates';
import { useCurrentUser } from '../lib/session';

/** Renders its children for signed-in people; sends everyone else to sign-in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const currentUser = useCurrentUser();

  if (currentUser.isPending) return <CenteredLoading />;
  if (currentUser.isError) {
    return (
      <main className="page page-narrow">
        <ErrorState error={currentUser.error} onRetry={() => void currentUser.refetch()} />
      </main>
    );
  }
  if (!currentUser.data) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return children;
}

function CenteredLoading() {
  return (
    <main className="page page-narrow">
      <LoadingState label="Checking your session…" />
    </main>
  );
}
