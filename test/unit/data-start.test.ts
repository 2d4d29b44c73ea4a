// The page's data start on storage trouble: the notice an old tab causes goes once the upgrade is done.
import 'fake-indexeddb/auto';
import { data, startData } from '../../src/lib/state/data.svelte';
import { onStoreNotice, DEFAULT_DB_NAME } from '../../src/lib/store';
import { makeResolutions } from './fixtures/resolution';

it('«Обновление базы данных ждёт…» is shown while an old tab blocks the upgrade, and goes once it is done', async () => {
  // An old tab with the version-1 database open (Dexie version 1 = IndexedDB version 10).
  const old = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DEFAULT_DB_NAME, 10);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('resolutions', { keyPath: 'id' });
      req.result.createObjectStore('meta', { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  let shownWhileBlocked: string | null = null;
  const off = onStoreNotice((n) => {
    if (n.kind !== 'blocked') return;
    // The page's own listener runs after this one: look a moment later, then close the old tab.
    setTimeout(() => {
      shownWhileBlocked = data.notice;
      old.close();
    }, 50);
  });
  await startData(async () => ({ version: 'v1', resolutions: makeResolutions(2) }));
  off();
  expect(shownWhileBlocked).toMatch(/^Обновление базы данных ждёт/);
  expect(data.notice).toBeNull();
  await vi.waitFor(() => expect(data.status).toBe('ready'), { timeout: 10_000 });
  expect(data.resolutions).toHaveLength(2);
});
