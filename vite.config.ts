import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  // Relative base: the built dist/ runs from any static host under any sub-path.
  base: './',
  plugins: [svelte(), svelteTesting()],
  test: {
    globals: true,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
