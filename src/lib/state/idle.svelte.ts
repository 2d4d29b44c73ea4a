// A value worked out when the page is idle, after the figures and charts have been drawn: the series of
// the data and the recurring recommendations take a few hundred milliseconds at 10 000 events, once per
// change of the data, and nothing on the first screen waits for them. Null until ready.

/** Runs `fn` when the browser is idle (at the latest after `timeout` ms); cancellable. */
function whenIdle(fn: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

export class IdleValue<I, T> {
  /** The result for the current input, or null while it is being worked out for the first time. */
  value = $state.raw<T | null>(null);

  /** `input` is read reactively (a change of it schedules the work again); `compute` runs when idle and
   * may load its code first (a promise). Create it in a component's script. */
  constructor(input: () => I, compute: (input: I) => T | Promise<T>) {
    $effect(() => {
      const x = input();
      let current = true;
      const cancel = whenIdle(() => {
        void Promise.resolve(compute(x)).then((v) => current && (this.value = v));
      });
      return () => {
        current = false;
        cancel();
      };
    });
  }
}
