import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative base: the built dist/ runs from any static host under any sub-path.
  base: './',
  plugins: [
    svelte(),
    svelteTesting(),
    // Offline after the first visit: a generated service worker precaches every built file, the lazy
    // chunks (import worker, parser, gazetteer, mammoth, editor) and the data included.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // An external registerSW.js, not an inline script: the Content-Security-Policy allows no inline scripts.
      injectRegister: 'script',
      manifest: {
        name: 'Резолюции библиотечных конференций',
        short_name: 'Резолюции',
        description: 'Кто участвовал, сколько онлайн, откуда и что рекомендовали — с цитатой для каждой цифры',
        lang: 'ru',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#0b5cad',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,webmanifest}'],
        // The import worker carries the gazetteer (~0.7 MB) and mammoth is ~0.5 MB: above workbox's 2 MB
        // default nothing is dropped silently, but leave room for a larger basemap.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // With injectRegister set explicitly, autoUpdate's defaults must be spelled out.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  // The import worker loads mammoth with a dynamic import: code-splitting needs an ES module worker.
  worker: { format: 'es' },
  test: {
    globals: true,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A busy two-core machine runs these at a fraction of their idle speed: a test that takes 1 s idle
    // may take several. Limits well above that, so that only a hang fails on time; cold starts (module
    // graphs, the gazetteer's indexes) are paid in beforeAll, which gets longer still.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Both cores (Vitest's default leaves one free): the files' module graphs and jsdom setups are most of
    // the run, and they are independent.
    maxWorkers: 2,
  },
});
