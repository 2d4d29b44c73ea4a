/**
 * Resolves once the page has painted what it has and the main thread is idle (the frame after the
 * current one, then an idle moment, at most 1.5 s later): work that is not needed for the first view —
 * opening IndexedDB, fetching the map's chunk — starts after it, so that it neither delays nor competes
 * with the first chart on a slow laptop.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1500 });
      else setTimeout(resolve, 0);
    });
  });
}
