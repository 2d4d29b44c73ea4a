// A window over a long list in its own scroll box (TanStack Virtual): only the rows near the visible part
// are in the DOM, measured as they render, so 10 000 rows cost what 30 do. Each row element carries
// `data-index` (its position in the whole list) and is measured with `measure`.

import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
} from '@tanstack/virtual-core';

export class VirtualWindow {
  /** The rows to render: index into the list, and where each starts (px from the top of the list). */
  items = $state.raw<VirtualItem[]>([]);
  /** Estimated height of the whole list (px). */
  total = $state(0);
  private readonly v: Virtualizer<HTMLElement, HTMLElement>;

  constructor(estimate: number, key: (index: number) => string) {
    this.v = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => null,
      estimateSize: () => estimate,
      getItemKey: key,
      overscan: 10,
      // A box not laid out yet (hidden, skipped by content-visibility, or jsdom) measures 0 px: it then
      // counts as a screenful, so the first rows show rather than none.
      observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height ? rect : { ...rect, height: 600 })),
      observeElementOffset,
      // Likewise a row that measures 0 px is not laid out yet: it keeps its estimate.
      measureElement: (row, entry, instance) => measureElement(row, entry, instance) || estimate,
      scrollToFn: elementScroll,
      onChange: () => this.sync(),
    });
  }

  /** Space to leave above and below the rendered rows, so that the scroll bar spans the whole list. */
  get padding(): { top: number; bottom: number } {
    const first = this.items[0];
    const last = this.items[this.items.length - 1];
    return { top: first?.start ?? 0, bottom: last ? Math.max(0, this.total - last.end) : 0 };
  }

  /** Follows `box` (its size and scrolling) and a list of `count` rows; returns the cleanup. Call in an effect. */
  attach(box: HTMLElement, count: number): () => void {
    this.v.setOptions({ ...this.v.options, count, getScrollElement: () => box });
    const detach = this.v._didMount();
    this.v._willUpdate();
    this.sync();
    return detach;
  }

  /** For `{@attach}` on each row: its real height replaces the estimate (rows wrap on narrow screens). */
  measure = (row: HTMLElement) => {
    this.v.measureElement(row);
  };

  /** Scrolls until row `index` is in view (keyboard moves past the rendered rows). */
  reveal(index: number): void {
    this.v.scrollToIndex(index, { align: 'auto' });
  }

  private sync() {
    this.items = this.v.getVirtualItems();
    this.total = this.v.getTotalSize();
  }
}
