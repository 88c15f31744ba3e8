import type { RouteObject } from 'react-router';

/** The page a standby offer links to. Mount it as a child of the signed-in app shell; its own chunk. */
export const standbyRoutes: RouteObject[] = [
  {
    path: '/standby-offers/:offerId',
    lazy: async () => ({ Component: (await import('./StandbyOfferPage')).StandbyOfferPage }),
  },
];
