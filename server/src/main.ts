import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { createLogger } from './logging/logger.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.env === 'production' && !process.env.PUBLIC_URL) {
    logger.warn(`PUBLIC_URL is not set: invitation links will point at ${config.publicUrl}`);
  }

  let embedded: EmbeddedDatabase | undefined;
  let listening = false;
  let stopping = false;
  // In order: drain HTTP and sockets (GracefulShutdown), then Nest stops the job workers and the outbox and
  // closes the pool, then the embedded PostgreSQL stops. Nest's enableShutdownHooks is not used: its hooks run
  // after providers are stopped, and the embedded database must outlive the whole application.
  const stop = async (reason: string, exitCode: number) => {
    // Ctrl-C under npm delivers SIGINT twice (from the terminal and forwarded by npm): the second is ignored.
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    try {
      if (app && listening) {
        const { GracefulShutdown } = await import('./lifecycle/graceful-shutdown.service.js');
        await app.get(GracefulShutdown).drain(app.getHttpServer());
      }
      await app?.close();
      await embedded?.stop();
      logger.info('shut down cleanly');
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      exitCode = 1;
    }
    // pino writes asynchronously, and exiting at once can cut or reorder the last lines. So the process ends by
    // itself once nothing is left to do; the unreferenced timer only ends one that something still holds open.
    process.exitCode = exitCode;
    setTimeout(() => process.exit(exitCode), 1000).unref();
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  // Loading NestJS and every feature takes a CPU-second or two: do it while PostgreSQL starts.
  const application = import('./app.js');
  application.catch(() => undefined); // awaited below, which reports a failure
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres(config.dataDir, logger);
      databaseUrl = embedded.url;
    }
    app = await (await application).createApp(config, databaseUrl, logger);
    await app.listen(config.port, config.host);
    listening = true;
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) {
      // Something the person starting Rounds can fix: the sentence says what, a stack trace would not help.
      process.stderr.write(`${error.message}\n`);
    } else {
      logger.fatal({ err: error }, 'Rounds could not start');
    }
    await stop('start-up failed', 1);
    return;
  }

  const { port } = app.getHttpServer().address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const lines = [``, `  Rounds is running at http://${host}:${port}`, `  API docs: http://${host}:${port}/api/docs`];
  if (config.demoData) {
    const { DEMO_PEOPLE } = await import('./demo/demo-data.service.js');
    lines.push(
      `  Demo accounts (password "${config.demoPassword}"):`,
      ...DEMO_PEOPLE.map((person) => `    ${person.email.padEnd(24)} ${person.role}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

void main();
