import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './scripts/chromium';

// Debian's Chromium (installed by .ci/run; launch options in scripts/chromium.ts).
// PW_PORT lets several runs share a machine: each builds into its own folder and serves on its own port.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_PORT ? `/tmp/dist-e2e-${port}` : 'dist';

// Timing for a busy two-core machine: two workers, every test on its own (a test waits on its page much
// of the time, so one worker left a core idle), limits a few times what a test takes idle so that only a
// hang fails on time, and no retries: a test that fails once is reported, not hidden.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ru-RU',
    // The service worker precaches the whole build (4.5 MB) in every new context: only the offline test
    // (import.spec.ts) lets it in.
    serviceWorkers: 'block',
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // The production build runs first: a few seconds idle, many times that beside other work.
    timeout: 300_000,
  },
});
