import type {
  ClientEventName,
  ClientEventResult,
  ClientToServerEvents,
  ServerEventName,
  ServerEventPayload,
  ServerToClientEvents,
  SocketAck,
  SocketError,
  SocketFailure,
} from '@rounds/shared';
import { isSocketFailure, SOCKET_PATH } from '@rounds/shared';
import { io, type Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  /** A Cookie header, e.g. ApiClient.sessionCookie or `rounds_session=<token>`; none = anonymous. */
  cookie?: string;
  /** Default: WebSocket only (fast); ['polling', 'websocket'] is what browsers do. */
  transports?: ('polling' | 'websocket')[];
  headers?: Record<string, string>;
  /** Reconnect on its own after a dropped connection, as browsers do (default: never, so a test sees every drop). */
  reconnect?: boolean;
}

const ACK_TIMEOUT_MS = 10_000;

function open(baseUrl: string, options: ConnectOptions): TestSocket {
  return io(baseUrl, {
    path: SOCKET_PATH,
    transports: options.transports ?? ['websocket'],
    extraHeaders: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 100,
    forceNew: true,
    timeout: 10_000,
  });
}

/** A connected socket, like one browser tab; rejects with the connect_error if refused. */
export function connectSocket(baseUrl: string, options: ConnectOptions = {}): Promise<TestSocket> {
  const socket = open(baseUrl, options);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The connect_error of a connection the server refuses (fails if it connects). */
export function refusedConnection(baseUrl: string, options: ConnectOptions = {}): Promise<Error & { data?: SocketError }> {
  const socket = open(baseUrl, options);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      reject(new Error('the connection was accepted'));
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(error as Error & { data?: SocketError });
    });
  });
}

/** Sends a client event (any payload, to test bad ones) and resolves with its acknowledgement. */
export function request<E extends ClientEventName>(
  socket: TestSocket,
  event: E,
  payload: unknown,
): Promise<SocketAck<ClientEventResult<E>>> {
  // Typed emits cannot take a deliberately wrong payload; the cast is what lets tests send one.
  const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
    emitWithAck(event: E, payload: unknown): Promise<SocketAck<ClientEventResult<E>>>;
  };
  return timed.emitWithAck(event, payload);
}

/** The acknowledgement's result, or a thrown error naming the refusal. */
export function expectResult<T>(ack: T | SocketFailure): Exclude<T, SocketFailure> {
  if (isSocketFailure(ack)) throw new Error(`expected a result, got ${JSON.stringify(ack.error)}`);
  return ack as Exclude<T, SocketFailure>;
}

/** The acknowledgement's refusal, checked to carry `code`. */
export function expectFailure(ack: unknown, code: string): SocketFailure['error'] {
  if (!isSocketFailure(ack)) throw new Error(`expected ${code}, got ${JSON.stringify(ack).slice(0, 200)}`);
  expect(ack.error.code).toBe(code);
  return ack.error;
}

/** The next server event of that name (optionally: the first that satisfies `accept`). */
export function nextEvent<E extends ServerEventName>(
  socket: TestSocket,
  event: E,
  accept: (payload: ServerEventPayload<E>) => boolean = () => true,
): Promise<ServerEventPayload<E>> {
  return new Promise((resolve) => {
    const listener = (payload: ServerEventPayload<E>) => {
      if (!accept(payload)) return;
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

/** Closes sockets and waits until each has seen its own disconnect. */
export async function closeSockets(sockets: TestSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (!socket.connected) return resolve();
          socket.once('disconnect', () => resolve());
          socket.disconnect();
        }),
    ),
  );
}
