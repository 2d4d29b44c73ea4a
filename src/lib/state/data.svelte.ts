// The data the views read: the store's resolutions through liveQuery, so a change in the database
// shows everywhere at once. When IndexedDB cannot be used, the bundled data is shown read-only.

import { liveQuery } from 'dexie';
import type { Dataset, Resolution } from '../types';
import { allResolutions, describeStoreError, onStoreNotice, openDb, seedFromBundle, type ResolutionsDb } from '../store';
import themes from '../../../data/themes.json';
import { t } from '../../i18n/messages';

export const THEME_ROWS = themes.map((t) => ({ id: t.id, ru: t.ru, en: t.en }));

class Data {
  status = $state<'loading' | 'ready' | 'readonly'>('loading');
  /** Raw, not deeply reactive: liveQuery replaces the whole array on each change, and proxying
   * 10 000 records field by field would cost memory and time (and proxies cannot be stored). */
  resolutions = $state.raw<Resolution[]>([]);
  /** A message for the user (Russian): storage trouble, another tab, … */
  notice = $state<string | null>(null);
}

export const data = new Data();

let db: ResolutionsDb | null = null;

export function database(): ResolutionsDb | null {
  return db;
}

export async function startData(loadBundle: () => Promise<Dataset>): Promise<void> {
  onStoreNotice((n) => (data.notice = n.message));
  const bundle = await loadBundle();
  try {
    db = await openDb();
    await seedFromBundle(db, bundle, THEME_ROWS);
  } catch (err) {
    data.resolutions = bundle.resolutions;
    data.status = 'readonly';
    data.notice = `${describeStoreError(err)} ${t('app.readonly')}`;
    return;
  }
  liveQuery(() => allResolutions(db!)).subscribe({
    next: (rows) => {
      data.resolutions = rows;
      data.status = 'ready';
    },
    error: (err) => (data.notice = describeStoreError(err)),
  });
}
