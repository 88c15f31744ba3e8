import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@rounds/shared';
import type { GatewayMetadata } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

/** What the connection middleware stores on each authenticated socket (plain data: other instances read it). */
interface SocketData {
  userId: string;
  displayName: string;
  timeZone: string;
  /** The sign-in (auth_sessions id) the handshake's cookie belongs to. */
  authSessionId: string;
}

type InterServerEvents = Record<string, never>;
export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const USER_ROOM_PREFIX = 'user:';
/** Every socket of a person joins this room, on whichever instance it is connected to. */
export const userRoom = (userId: string) => `${USER_ROOM_PREFIX}${userId}`;
/** The sockets of one sign-in of a person, so ending that sign-in can close them on every instance. */
export const signInRoom = (userId: string, authSessionId: string) => `${userRoom(userId)}:sign-in:${authSessionId}`;

/**
 * Every gateway uses these options, so all of them share the one socket.io server on the app's own HTTP
 * server (Nest keys servers by port and path). Engine options are set by ClusterIoAdapter.
 */
export const SOCKET_GATEWAY_OPTIONS: GatewayMetadata = { path: SOCKET_PATH };
