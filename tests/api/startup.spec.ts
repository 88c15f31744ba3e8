import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENTRY, freePort, launch, ready } from './support/spawned-server.js';

describe('production start-up with the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'rounds-startup-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts with no DATABASE_URL in a fresh data directory, serves health and the app, and stops cleanly on SIGTERM', async () => {
    expect(existsSync(ENTRY)).toBe(true);
    const port = await freePort();
    const server = launch({
      NODE_ENV: 'production',
      SESSION_SECRET: 'startup-test-secret-that-is-long-enough-to-pass',
      DATA_DIR: dataDir,
      PORT: String(port),
    });
    await ready(server);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });

    for (const page of ['/', '/cohorts/some-page']) {
      const html = await fetch(`http://127.0.0.1:${port}${page}`);
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toContain('text/html');
      expect(await html.text()).toMatch(/<div id="root">/);
    }
    expect(server.output()).not.toContain('Demo accounts');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('embedded PostgreSQL stopped');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 60_000);

  it('refuses to start in production without a session secret, naming the variable', async () => {
    const server = launch({ NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/SESSION_SECRET: must be set/);
  }, 30_000);
});
