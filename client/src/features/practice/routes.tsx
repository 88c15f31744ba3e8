import type { RouteObject } from 'react-router';

/**
 * Solo practice on a script, reached from the scripts pages. Mount it as a child of the signed-in
 * app shell; it is its own chunk, fetched the first time someone practises.
 */
export const practiceRoutes: RouteObject[] = [
  { path: '/practice/:scriptId', lazy: async () => ({ Component: (await import('./SoloPracticePage')).SoloPracticePage }) },
];
