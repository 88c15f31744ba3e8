import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { SOCKET_PATH } from '@rounds/shared';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { IncomingMessage } from 'node:http';
import pg from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket payloads are small JSON objects; anything bigger is refused by the engine. The largest is a direct call's
 * session description (call:signal), which the event's schema caps at 64 KB: this leaves room for its JSON.
 */
const MAX_MESSAGE_BYTES = 80 * 1024;

export interface PostgresIoAdapterOptions {
  databaseUrl: string;
  /** The address people use; a browser connecting from another origin is refused. */
  publicUrl: string;
}

/**
 * socket.io on the Nest app's own HTTP server (same origin and port, path /socket.io), spread across
 * instances by @socket.io/postgres-adapter: an emit to a room reaches its sockets on every instance
 * (LISTEN/NOTIFY on the app's database; payloads over 8000 bytes go through `socket_io_attachments`,
 * created by a migration). Closing the Nest app closes socket.io, then the adapter, then its pool.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');
  private pool?: ShutdownSafePool;

  constructor(
    app: INestApplicationContext,
    private readonly options: PostgresIoAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      allowRequest: (request, callback) => {
        const allowed = this.sameOrigin(request);
        callback(allowed ? null : 'This origin may not connect to Rounds.', allowed);
      },
    } as ServerOptions);
    this.pool ??= new ShutdownSafePool(this.options.databaseUrl, this.log);
    server.adapter(
      createAdapter(this.pool.facade, {
        errorHandler: (error) => {
          if (!this.pool?.closed) this.log.warn(`socket.io PostgreSQL adapter: ${error.message}`);
        },
      }),
    );
    return server;
  }

  /** After every server is closed (their adapters released the LISTEN connection), the pool goes. */
  override async dispose(): Promise<void> {
    await super.dispose();
    await this.pool?.end();
    this.pool = undefined;
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
