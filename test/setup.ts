import '@testing-library/jest-dom/vitest';

// jsdom has no layout: bind:clientWidth needs a ResizeObserver (the charts then draw at their fallback width).
if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
