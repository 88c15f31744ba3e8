import type { RouteObject } from 'react-router';

/**
 * Solo practice on a script, reached from the scripts pages, or on the questions the progress page suggests.
 * Mount them as children of the signed-in app shell; each is its own chunk, fetched the first time someone practises.
 */
export const practiceRoutes: RouteObject[] = [
  { path: '/practice/focus', lazy: async () => ({ Component: (await import('./FocusPracticePage')).FocusPracticePage }) },
  { path: '/practice/:scriptId', lazy: async () => ({ Component: (await import('./SoloPracticePage')).SoloPracticePage }) },
];
