import { defineConfig } from '@playwright/test';

// Debian's Chromium (installed by .ci/run); Playwright downloads no browser of its own here.
// PW_PORT lets several runs share a machine: each builds into its own folder and serves on its own port.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_PORT ? `/tmp/dist-e2e-${port}` : 'dist';

// Timing for a busy two-core machine: one worker (each test drives a whole Chromium, and the page's own
// workers need the second core), limits a few times what a test takes idle so that only a hang fails
// on time, and no retries: a test that fails once is reported, not hidden.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ru-RU',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // The production build runs first: a few seconds idle, many times that beside other work.
    timeout: 300_000,
  },
});
