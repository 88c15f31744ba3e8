import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

/** Shown when a page fails to render or its code cannot be fetched: says so plainly and offers a way on. */
export function RouteErrorPage() {
  const error = useRouteError();
  const chunkMissing = isChunkLoadError(error);
  usePageTitle(chunkMissing ? 'Page not loaded' : 'Something went wrong');
  if (chunkMissing) {
    return (
      <main id="main" className="page page-narrow">
        <div className="card" role="alert">
          <h1>This page could not be loaded</h1>
          <p>
            Rounds may have been updated since you opened it, or your connection dropped. Reloading fetches the latest version.
          </p>
          <p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          </p>
        </div>
      </main>
    );
  }
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

/**
 * A page's chunk that did not arrive: after a deploy the old file names are gone, or the network failed.
 * Browsers word it differently (Chromium, Firefox, Safari), and Vite's preloader reports missing CSS.
 */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|importing a module script failed|unable to preload/i.test(error.message)
  );
}
