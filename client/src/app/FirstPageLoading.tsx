import { LoadingState } from '../components/PageStates';

/** What the browser shows while the first page's own chunk downloads (a deep link such as /questions). */
export function FirstPageLoading() {
  return (
    <main id="main" className="page page-narrow">
      <LoadingState label="Loading Rounds…" />
    </main>
  );
}
