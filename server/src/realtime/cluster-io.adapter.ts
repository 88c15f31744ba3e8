import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { SOCKET_PATH } from '@rounds/shared';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import type { IncomingMessage } from 'node:http';
import pg from 'pg';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket payloads are small JSON objects; anything bigger is refused by the engine. The largest is a direct call's
 * session description (call:signal), which the event's schema caps at 64 KB: this leaves room for its JSON.
 */
const MAX_MESSAGE_BYTES = 80 * 1024;

/**
 * A short disconnection (a train tunnel, a laptop waking, a proxy restart) that socket.io bridges with Redis: the
 * socket keeps its id and rooms, and receives what was sent to it meanwhile.
 */
const RECOVERY_WINDOW_MS = 2 * 60_000;
/** The Redis stream's length: far more than the packets of a recovery window at the rates the bench drives. */
const STREAM_MAX_LENGTH = 100_000;

export type RedisConnection = ReturnType<typeof createClient>;

export interface ClusterIoAdapterOptions {
  databaseUrl: string;
  /** The address people use; a browser connecting from another origin is refused. */
  publicUrl: string;
  /** Connected (see `connectRedis`): socket.io then uses Redis streams, with connection-state recovery. */
  redis?: RedisConnection;
}

/** A Redis connection for socket.io, connected before the app starts; errors are logged, and the client reconnects. */
export async function connectRedis(url: string): Promise<RedisConnection> {
  const log = new Logger('Realtime');
  const client = createClient({ url });
  client.on('error', (error: Error) => log.warn(`Redis: ${error.message}`));
  await client.connect();
  return client;
}

/**
 * socket.io on the Nest app's own HTTP server (same origin and port, path /socket.io), spread across instances:
 * an emit to a room reaches its sockets on every instance.
 * - With Redis (REDIS_URL): @socket.io/redis-streams-adapter, and connection-state recovery, so a socket that
 *   drops for less than RECOVERY_WINDOW_MS comes back with its rooms and the packets it missed.
 * - Without it: @socket.io/postgres-adapter (LISTEN/NOTIFY on the app's database; payloads over 8000 bytes go
 *   through `socket_io_attachments`, created by a migration), so the embedded default needs nothing else.
 * Closing the Nest app closes socket.io, then the adapter, then its pool or Redis connection.
 */
export class ClusterIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');
  private pool?: ShutdownSafePool;

  constructor(
    app: INestApplicationContext,
    private readonly options: ClusterIoAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const { redis } = this.options;
    const server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      allowRequest: (request, callback) => {
        const allowed = this.sameOrigin(request);
        callback(allowed ? null : 'This origin may not connect to Rounds.', allowed);
      },
      // The sign-in check runs again on a recovered connection: a session ended meanwhile is not resumed.
      ...(redis && { connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false } }),
    } as ServerOptions);
    if (redis) {
      server.adapter(createRedisStreamsAdapter(redis, { streamName: 'rounds:socket.io', maxLen: STREAM_MAX_LENGTH }));
      return server;
    }
    this.pool ??= new ShutdownSafePool(this.options.databaseUrl, this.log);
    server.adapter(
      createPostgresAdapter(this.pool.facade, {
        errorHandler: (error) => {
          if (!this.pool?.closed) this.log.warn(`socket.io PostgreSQL adapter: ${error.message}`);
        },
      }),
    );
    return server;
  }

  /** After every server is closed (their adapters released their connections), the pool or Redis connection goes. */
  override async dispose(): Promise<void> {
    await super.dispose();
    await this.pool?.end();
    this.pool = undefined;
    if (this.options.redis?.isOpen) await this.options.redis.close();
  }

  /**
   * Browsers send Origin: it must be the public address or the host asked for (a proxy in front keeps
   * Host). Non-browser clients send none. Cookies are SameSite=Lax anyway; this is the second lock.
   */
  private sameOrigin(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (!origin) return true;
    try {
      const parsed = new URL(origin);
      return parsed.origin === new URL(this.options.publicUrl).origin || parsed.host === request.headers.host;
    } catch {
      return false;
    }
  }
}

/**
 * The adapter's view of a pg Pool. The adapter keeps one client for LISTEN and reconnects on its own;
 * this wrapper makes sure that, once closed, nothing can hold a connection open: a connection still
 * being set up is destroyed, and connecting afterwards never completes (so no reconnection loop runs).
 */
class ShutdownSafePool {
  closed = false;
  private readonly pool: pg.Pool;
  private readonly borrowed = new Set<pg.PoolClient>();
  readonly facade: pg.Pool;

  constructor(connectionString: string, log: Logger) {
    // Every emit that leaves this instance is a NOTIFY on this pool: a burst (places re-announced to a long queue)
    // must wait its turn for a connection, never time out, or that message is lost for the other instances.
    this.pool = new pg.Pool({ connectionString, max: 8 });
    // An idle connection dropped by the server must not crash the process.
    this.pool.on('error', (error) => {
      if (!this.closed) log.warn(`socket.io adapter pool: ${error.message}`);
    });
    const connect = async (): Promise<pg.PoolClient> => {
      if (this.closed) return new Promise<never>(() => {});
      const client = await this.pool.connect();
      if (this.closed) {
        client.release(true);
        return new Promise<never>(() => {});
      }
      // The LISTEN client stays checked out. A dropped connection emits 'error' (logged, not thrown) and
      // 'end': the adapter then connects again without releasing the dead client, so it is released here,
      // or the pool would count it forever and never finish ending.
      const release = client.release.bind(client);
      client.release = (destroy?: boolean | Error) => {
        if (!this.borrowed.delete(client)) return;
        release(destroy);
      };
      client.on('error', (error) => {
        if (!this.closed) log.warn(`socket.io adapter listener: ${error.message}`);
      });
      client.on('end', () => client.release(true));
      this.borrowed.add(client);
      return client;
    };
    const query = (text: string, values?: unknown[]) => this.pool.query(text, values);
    this.facade = { connect, query } as unknown as pg.Pool;
  }

  async end(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const client of this.borrowed) client.release(true);
    await this.pool.end();
  }
}
