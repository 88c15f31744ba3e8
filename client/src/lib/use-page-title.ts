import { useEffect } from 'react';

/** Sets the tab title, e.g. "Profile · Rounds", so history and screen readers name the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Rounds` : 'Rounds';
  }, [title]);
}
