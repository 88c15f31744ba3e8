import { useNavigation } from 'react-router';

/**
 * Says "Loading the page…" while the router fetches the next page's chunk (the current page stays on
 * screen meanwhile). The live region is always present so screen readers announce the text when it appears.
 */
export function PageLoadingIndicator() {
  const isLoading = useNavigation().state === 'loading';
  return (
    <div role="status" className={isLoading ? 'page-loading' : 'page-loading page-loading-idle'}>
      {isLoading ? 'Loading the page…' : ''}
    </div>
  );
}
