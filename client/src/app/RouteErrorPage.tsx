import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

/** Shown when a page fails to render: says so plainly and offers a way back. */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : 'This page hit an unexpected problem. Reloading usually helps; if it keeps happening, tell your coordinator.';
  return (
    <main id="main" className="page page-narrow">
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p>{detail}</p>
        <p>
          <Link to="/">Go to your dashboard</Link>
        </p>
      </div>
    </main>
  );
}
