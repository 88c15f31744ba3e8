import type { RouteObject } from 'react-router';

/**
 * The call room, where Join leads. It is its own chunk, with LiveKit and its styles, fetched only when a room
 * opens, so no other page downloads video code. Mount it as a child of the signed-in app shell.
 */
export const roomRoutes: RouteObject[] = [
  { path: '/sessions/:sessionId/room', lazy: async () => ({ Component: (await import('./RoomPage')).RoomPage }) },
];
