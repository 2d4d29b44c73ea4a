// Debian's Chromium as the browser tests (playwright.config.ts) and the page benchmark (bench.ts) launch it:
// Playwright downloads no browser of its own here; no sandbox (CI runs as root), no GPU, no calls home.
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
