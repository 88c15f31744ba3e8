import { Injectable, Logger } from '@nestjs/common';
import {
  CLIENT_EVENT_LIMITS,
  clientEvents,
  serverEvents,
  spendRequest,
  type RateBucket,
  type ClientEventName,
  type ClientEventPayload,
  type ClientEventResult,
  type ServerEventName,
  type ServerEventPayload,
  type SocketAck,
} from '@rounds/shared';
import { SESSION_COOKIE, AuthSessionsService } from '../auth/auth-sessions.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { fromApiProblem, invalidPayload, rateLimited, SocketRequestError, unstorablePayload } from './socket-request-error.js';
import { USER_ROOM_PREFIX, signInRoom, userRoom, type AppServer, type AppSocket } from './socket.types.js';

/** How long asking the other instances which sockets they hold may take. */
const CLUSTER_QUERY_TIMEOUT_MS = 2000;

type EmitArgs<E extends ServerEventName> = [ServerEventPayload<E>];

/** This instance's socket.io figures, for monitoring. */
export interface ConnectionStats {
  /** Sockets connected to this instance. */
  sockets: number;
  /** Distinct people among them. */
  people: number;
  /**
   * Shared rooms with a member here: every room except each socket's own and the per-person `user:<id>` rooms
   * (a live interview room counts once per person and once for its observers: see server/src/room/room-channels.ts).
   */
  rooms: number;
}

/**
 * The one place features talk to socket.io: typed, validated emits to a person (every tab, every
 * instance), cluster-wide presence, and the request/acknowledgement wrapper gateways use.
 */
@Injectable()
export class RealtimeService {
  private readonly log = new Logger('Realtime');
  private server?: AppServer;
  /** Each socket's remaining allowance per limited event; dropped with the socket. */
  private readonly allowances = new WeakMap<AppSocket, Map<ClientEventName, RateBucket>>();

  constructor(private readonly authSessions: AuthSessionsService) {}

  attach(server: AppServer): void {
    this.server = server;
  }

  /** The socket.io server of this instance (undefined before the application has started). */
  get io(): AppServer | undefined {
    return this.server;
  }

  /** Sends an event to every socket of a person, on every instance. The payload is checked against its schema. */
  emitToUser<E extends ServerEventName>(userId: string, event: E, payload: ServerEventPayload<E>): void {
    this.emitToRoom(userRoom(userId), event, payload);
  }

  /** Sends an event to every socket in a socket.io room, on every instance. The payload is checked against its schema. */
  emitToRoom<E extends ServerEventName>(room: string, event: E, payload: ServerEventPayload<E>): void {
    if (!this.server) return;
    const checked = serverEvents[event].parse(payload) as ServerEventPayload<E>;
    // socket.io's typed emit cannot narrow a generic event name; the payload was checked just above.
    (this.server.to(room).emit as (event: E, ...args: EmitArgs<E>) => boolean)(event, checked);
  }

  emitToSocket<E extends ServerEventName>(socket: AppSocket, event: E, payload: ServerEventPayload<E>): void {
    const checked = serverEvents[event].parse(payload) as ServerEventPayload<E>;
    (socket.emit as (event: E, ...args: EmitArgs<E>) => boolean)(event, checked);
  }

  /**
   * Whether the person still has a socket on any instance. Null when an instance did not answer in time
   * (the practice queue's lease then decides).
   */
  isConnectedAnywhere(userId: string): Promise<boolean | null> {
    return this.isRoomOccupiedAnywhere(userRoom(userId));
  }

  /** Whether any instance holds a socket in that socket.io room; null when an instance did not answer in time. */
  async isRoomOccupiedAnywhere(room: string): Promise<boolean | null> {
    if (!this.server) return false;
    try {
      const sockets = await this.server.timeout(CLUSTER_QUERY_TIMEOUT_MS).in(room).fetchSockets();
      return sockets.length > 0;
    } catch (error) {
      this.log.warn(`could not ask every instance for ${room}: ${(error as Error).message}`);
      return null;
    }
  }

  connectionStats(): ConnectionStats {
    if (!this.server) return { sockets: 0, people: 0, rooms: 0 };
    const namespace = this.server.of('/');
    let rooms = 0;
    // The adapter's local view: a room listed here has at least one socket of this instance.
    for (const room of namespace.adapter.rooms.keys()) {
      const ownRoom = namespace.sockets.has(room);
      if (!ownRoom && !room.startsWith(USER_ROOM_PREFIX)) rooms += 1;
    }
    return { sockets: namespace.sockets.size, people: this.localUserIds().length, rooms };
  }

  /**
   * Closes every socket.io connection of this instance at the transport level and stops taking new ones (part
   * of a graceful shutdown). Clients see a dropped connection, not a server-side disconnect, so they reconnect by
   * themselves: to another instance, as this one no longer listens. Resolves to how many were closed.
   */
  closeLocalConnections(): number {
    if (!this.server) return 0;
    const count = this.server.engine.clientsCount;
    this.server.engine.close();
    return count;
  }

  /** People with a socket on this instance. */
  localUserIds(): string[] {
    if (!this.server) return [];
    return [...new Set([...this.server.of('/').sockets.values()].map((socket) => socket.data.userId).filter(Boolean))];
  }

  /** The signed-in person behind a socket's cookie, now (a session may have ended since the handshake). */
  async userOf(socket: AppSocket): Promise<UserEntity | null> {
    return this.authSessions.resolve(sessionToken(socket.handshake.headers.cookie));
  }

  /** The person and the sign-in behind a socket's cookie, at the handshake. */
  signInOf(socket: AppSocket): Promise<{ user: UserEntity; sessionId: string } | null> {
    return this.authSessions.resolveSignIn(sessionToken(socket.handshake.headers.cookie));
  }

  /** Closes every socket of a person, on every instance (their sign-ins have ended). */
  disconnectUser(userId: string): void {
    this.server?.in(userRoom(userId)).disconnectSockets(true);
  }

  /** Closes the sockets of these sign-ins of a person, on every instance, and leaves their other sockets open. */
  disconnectSignIns(userId: string, authSessionIds: string[]): void {
    if (authSessionIds.length === 0) return;
    this.server?.in(authSessionIds.map((id) => signInRoom(userId, id))).disconnectSockets(true);
  }

  /**
   * Runs one client request: spends it from the socket's allowance for the event, re-checks the session, refuses
   * text PostgreSQL cannot store, validates the payload with the event's shared schema, runs `work` and turns any
   * refusal into `{ error: { code, message } }`. Never throws.
   */
  async respond<E extends ClientEventName>(
    socket: AppSocket,
    event: E,
    body: unknown,
    work: (user: UserEntity, payload: ClientEventPayload<E>) => Promise<ClientEventResult<E>>,
  ): Promise<SocketAck<ClientEventResult<E>>> {
    try {
      this.spendAllowance(socket, event);
      const user = await this.userOf(socket);
      if (!user) {
        setImmediate(() => socket.disconnect(true));
        throw new SocketRequestError('UNAUTHENTICATED', 'Your session has ended: sign in again to continue.');
      }
      const unstorable = unstorablePayload(event, body);
      if (unstorable) throw unstorable;
      const parsed = clientEvents[event].payload.safeParse(body);
      if (!parsed.success) throw invalidPayload(event, parsed.error);
      return await work(user, parsed.data as ClientEventPayload<E>);
    } catch (error) {
      const known = error instanceof SocketRequestError ? error : fromApiProblem(error);
      if (known) return { error: known.toJSON() };
      this.log.error({ err: error, event, userId: socket.data.userId }, `${event} failed`);
      return {
        error: { code: 'INTERNAL', message: 'Something went wrong on our side and nothing was changed: please try again.' },
      };
    }
  }

  /** Refuses the request when the socket has used up its allowance for the event (CLIENT_EVENT_LIMITS). */
  private spendAllowance(socket: AppSocket, event: ClientEventName): void {
    const limit = CLIENT_EVENT_LIMITS[event];
    if (!limit) return;
    let buckets = this.allowances.get(socket);
    if (!buckets) this.allowances.set(socket, (buckets = new Map()));
    const { bucket, waitMs } = spendRequest(buckets.get(event), limit, Date.now());
    buckets.set(event, bucket);
    if (waitMs > 0) throw rateLimited(event, waitMs);
  }

  /** Acknowledges, when the client asked for an acknowledgement. */
  reply<T>(ack: unknown, response: SocketAck<T>): void {
    if (typeof ack === 'function') ack(response);
  }
}

/** The session token from a Cookie header, or undefined. */
function sessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== SESSION_COOKIE) continue;
    const raw = part.slice(index + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
