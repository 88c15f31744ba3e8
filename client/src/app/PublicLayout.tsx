import { Outlet } from 'react-router';
import { BrandLink } from './BrandLink';
import { PageLoadingIndicator } from './PageLoadingIndicator';

/** The frame of the sign-in, registration and invitation pages. */
export function PublicLayout() {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <BrandLink />
          <p className="tagline">Live mock interviews for healthcare careers</p>
        </div>
        <PageLoadingIndicator />
      </header>
      <main id="main" className="page page-narrow">
        <Outlet />
      </main>
    </>
  );
}
