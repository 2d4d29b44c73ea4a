// A value that follows another one frame later. Heavy secondary views (the map, the long lists) read
// it, so a filter change paints the key figures and charts first and those views catch up just after.
export function deferred<T>(get: () => T): { readonly value: T } {
  let value = $state.raw(get());
  $effect(() => {
    const next = get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs before the next paint; the timeout inside it, after that paint.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => (value = next), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get value() {
      return value;
    },
  };
}
