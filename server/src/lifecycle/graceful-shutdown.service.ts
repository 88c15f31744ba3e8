import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { HealthService } from '../health/health.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';

/**
 * The first half of stopping an instance, before Nest's own shutdown (which stops the job workers and the
 * outbox, then closes the HTTP server, the database pool and, in main, the embedded PostgreSQL). It runs first
 * because Nest stops providers before it closes the HTTP server: a request still running then would find its
 * job queue gone.
 */
@Injectable()
export class GracefulShutdown {
  private readonly logger = new Logger('Shutdown');
  private readonly inFlight = new Set<Response>();
  private server: Server | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Express middleware: keeps the set of unfinished responses (a Set add and delete per request). */
  readonly trackRequests = (_request: Request, response: Response, next: NextFunction): void => {
    if (this.server) response.setHeader('Connection', 'close');
    this.inFlight.add(response);
    response.once('close', () => {
      this.inFlight.delete(response);
      // A keep-alive connection that just went idle while draining is closed at once, not after its timeout.
      if (this.server) setImmediate(() => this.server?.closeIdleConnections());
    });
    next();
  };

  /**
   * Readiness turns 503, the server stops listening, socket.io connections are closed (clients reconnect
   * elsewhere), and in-flight requests get up to SHUTDOWN_GRACE_SECONDS to finish (each response asks its client
   * to close the connection) before the remaining connections are cut. Resolves when no HTTP connection is left.
   */
  async drain(server: Server): Promise<void> {
    if (this.server) return;
    this.server = server;
    this.health.startDraining();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const sockets = this.realtime.closeLocalConnections();
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    const graceSeconds = this.config.shutdownGraceMs / 1000;
    this.logger.log(
      `draining: readiness answers 503 and no new connections are accepted; closed ${sockets} socket.io ` +
        `connection(s); waiting for ${this.inFlight.size} in-flight request(s), at most ${graceSeconds} s`,
    );
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace over'>((resolve) => {
      timer = setTimeout(() => resolve('grace over'), this.config.shutdownGraceMs);
    });
    const outcome = await Promise.race([closed, graceOver]);
    clearTimeout(timer);
    if (outcome === 'grace over') {
      this.logger.warn(
        `the ${graceSeconds} s grace ran out with ${this.inFlight.size} request(s) unfinished: closing their connections`,
      );
      server.closeAllConnections();
      await closed;
    } else {
      this.logger.log('drained: every in-flight request finished');
    }
  }
}
