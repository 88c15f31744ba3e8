import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, routes } from '@rounds/shared';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { originCheck } from './common/origin-check.js';
import { sendProblem } from './common/problem.filter.js';
import { inspectJsonBody } from './common/request-body.js';
import type { AppConfig } from './config/config.js';
import { GracefulShutdown } from './lifecycle/graceful-shutdown.service.js';
import { NestPinoLogger, requestLogger } from './logging/logger.js';
import { MetricsService } from './metrics/metrics.service.js';
import { ClusterIoAdapter, connectRedis } from './realtime/cluster-io.adapter.js';
import { livekitWebhookBody } from './video/video.module.js';

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));
export const JSON_BODY_LIMIT = '100kb';

/** Builds the whole HTTP application; main.ts and the integration tests both use it. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: PinoLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  // socket.io on this same server (path /socket.io), shared across instances through Redis or PostgreSQL.
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  app.useWebSocketAdapter(new ClusterIoAdapter(app, { databaseUrl, publicUrl: config.publicUrl, redis }));
  app.set('trust proxy', config.trustProxy);
  app.set('x-powered-by', false);
  // First, so the histogram times everything that follows; then the in-flight set a shutdown waits for.
  app.use(app.get(MetricsService).timeRequests);
  app.use(app.get(GracefulShutdown).trackRequests);
  app.use(requestLogger(logger));
  // Over plain HTTP (a LAN or a laptop), asking browsers to upgrade to HTTPS would break every asset.
  const https = config.publicUrl.startsWith('https://');
  app.use(
    helmet({
      hsts: https,
      contentSecurityPolicy: {
        directives: {
          'upgrade-insecure-requests': https ? [] : null,
          // Swagger UI at /api/docs styles itself inline.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use('/api', originCheck(config.publicUrl, config.env === 'production'));
  // LiveKit signs the webhook's exact bytes: that one route keeps its body raw (the JSON parser then skips it).
  app.use(routes.livekitWebhook.path, livekitWebhookBody);
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT, verify: inspectJsonBody }));
  const bodyLogger = new Logger('HTTP');
  app.use('/api', (error: unknown, request: Request, response: Response, _next: NextFunction) =>
    sendProblem(response, request, error, bodyLogger),
  );

  const document = buildOpenApiDocument(routes, {
    title: 'Rounds API',
    version: '0.1.0',
    description: 'Live mock interviews for healthcare candidates, mentors and coordinators. Errors are application/problem+json.',
  });
  SwaggerModule.setup('api/docs', app, document as unknown as OpenAPIObject, { jsonDocumentUrl: 'api/docs-json' });

  serveClient(app, config.clientDist ?? DEFAULT_CLIENT_DIST);
  return app;
}

/** The built client on the same origin; any page path (not the API, not /metrics) gets index.html for the client router. */
function serveClient(app: NestExpressApplication, clientDist: string): void {
  const indexHtml = path.join(clientDist, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('Client').warn(`no built client at ${clientDist}: run "npm run build" to serve the web app`);
    return;
  }
  const serveFile = express.static(clientDist, { index: false, maxAge: '1h' });
  // These middlewares sit before Nest's routes: an API request must not cost a file-system lookup on its way.
  const notForClient = (request: Request) => request.path.startsWith('/api') || request.path === '/metrics';
  app.use((request: Request, response: Response, next: NextFunction) =>
    notForClient(request) ? next() : serveFile(request, response, next),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || notForClient(request)) return next();
    response.sendFile(indexHtml, { headers: { 'Cache-Control': 'no-cache' } });
  });
}
