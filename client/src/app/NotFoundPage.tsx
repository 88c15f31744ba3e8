import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <main id="main" className="page page-narrow">
      <div className="card">
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be incomplete.</p>
        <p>
          <Link to="/">Go to your dashboard</Link>
        </p>
      </div>
    </main>
  );
}
