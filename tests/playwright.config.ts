import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './browser/demo-accounts.js';
import { serverLogFile } from './browser/server-log.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** A fresh embedded database per run (never DATABASE_URL): the server seeds the demo cohort into it. */
const DATA_DIR = path.join(os.tmpdir(), `rounds-browser-data-${PORT}`);
/** The server's stdout (JSON log lines), where journeys read the registration link it logs without SMTP. */
const SERVER_LOG = serverLogFile(PORT);

export default defineConfig({
  testDir: './browser',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  // Journeys run axe on every page they pass (a few seconds each when the machine is busy).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          // Never download browsers: use the system Chromium (we run as root with no network).
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && DATABASE_URL= DATA_DIR=${DATA_DIR} PORT=${PORT} NODE_ENV=development node server/dist/main.js > ${SERVER_LOG}`,
    // The journeys sign in with this password, so the server seeds the demo accounts with it.
    env: { DEMO_PASSWORD },
    cwd: REPO_ROOT,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
