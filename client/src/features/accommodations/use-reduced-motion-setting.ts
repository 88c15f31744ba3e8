import type { User } from '@rounds/shared';
import { useEffect } from 'react';

/**
 * Reduced motion from the person's accommodations, on top of the browser's prefers-reduced-motion: the page
 * root carries `data-reduced-motion`, which the styles treat exactly like the media query.
 */
export function useReducedMotionSetting(user: Pick<User, 'accommodations'>) {
  const reduce = user.accommodations.reducedMotion;
  useEffect(() => {
    const root = document.documentElement;
    if (reduce) root.dataset.reducedMotion = 'true';
    else delete root.dataset.reducedMotion;
    return () => {
      delete root.dataset.reducedMotion;
    };
  }, [reduce]);
}
