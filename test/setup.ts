import '@testing-library/jest-dom/vitest';

// jsdom has no layout: bind:clientWidth needs a ResizeObserver (the charts then draw at their fallback width).
if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // waitFor and findBy* give up after 1 s by default: on a busy two-core machine a render a frame
  // later can take longer than that. 10 s, inside the 30 s a test has (vite.config.ts).
  const { configure } = await import('@testing-library/svelte/pure');
  configure({ asyncUtilTimeout: 10_000 });
}
