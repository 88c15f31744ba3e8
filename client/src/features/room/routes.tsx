import type { RouteObject } from 'react-router';
import type { FocusRouteHandle } from '../../lib/route-handle';

/**
 * The call room, where Join leads. It is its own chunk, with LiveKit and its styles, fetched only when a room
 * opens, so no other page downloads video code. Mount it as a child of the signed-in app shell.
 */
export const roomRoutes: RouteObject[] = [
  {
    path: '/sessions/:sessionId/room',
    // Full width, without the site's navigation: the call and the interview need every pixel.
    handle: { focus: true } satisfies FocusRouteHandle,
    lazy: async () => ({ Component: (await import('./RoomPage')).RoomPage }),
  },
];
