// The data the views read. The bundled records are shown at once; the store (Dexie, loaded lazily)
// opens and seeds in the background, then takes over through liveQuery, so a change in the database
// shows everywhere at once. When IndexedDB cannot be used, the bundled data stays, read-only.

import { afterPaint } from './after-paint';
import type { Dataset, Resolution } from '../types';
import type { ResolutionsDb } from '../store';
import themes from '../../../data/themes.json';

export const THEME_ROWS = themes.map((t) => ({ id: t.id, ru: t.ru, en: t.en }));

class Data {
  /** loading → bundled (shown, store still opening) → ready (from the store) or readonly (no store). */
  status = $state<'loading' | 'bundled' | 'ready' | 'readonly'>('loading');
  /** Raw, not deeply reactive: liveQuery replaces the whole array on each change, and proxying
   * 10 000 records field by field would cost memory and time (and proxies cannot be stored). */
  resolutions = $state.raw<Resolution[]>([]);
  /** A message for the user (Russian, from the store): storage trouble, another tab, … With status
   * `readonly` the page adds that the bundled data are shown read-only. */
  notice = $state<string | null>(null);
}

export const data = new Data();

let db: ResolutionsDb | null = null;

export function database(): ResolutionsDb | null {
  return db;
}

export async function startData(loadBundle: () => Promise<Dataset>): Promise<void> {
  const bundle = await loadBundle();
  data.resolutions = bundle.resolutions;
  data.status = 'bundled';
  let store: typeof import('../store') | null = null;
  try {
    await afterPaint(); // the bundled data is on screen first; the store (Dexie) comes after
    store = await import('../store');
    // An old tab blocking the upgrade is told while it blocks; once the database is open, the wait is over.
    let waiting = false;
    store.onStoreNotice((n) => {
      waiting = n.kind === 'blocked';
      data.notice = n.message;
    });
    db = await store.openDb();
    if (waiting) data.notice = null;
    await store.seedFromBundle(db, bundle, THEME_ROWS);
  } catch (err) {
    db = null;
    data.status = 'readonly';
    data.notice = store ? store.describeStoreError(err) : String(err);
    return;
  }
  const { liveQuery, allResolutions, describeStoreError } = store;
  liveQuery(() => allResolutions(db!)).subscribe({
    next: (rows) => {
      data.resolutions = rows;
      data.status = 'ready';
    },
    error: (err) => (data.notice = describeStoreError(err)),
  });
}
