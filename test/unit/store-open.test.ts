// Opening the database when something is off: a newer build upgraded it (this older code must not
// write to it), or the browser fails with UnknownError (a Russian message, not its English text).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openDb, describeStoreError, STORE_MESSAGES, CURRENT_SCHEMA_VERSION } from '../../src/lib/store';

let counter = 0;
const freshName = () => `store-open-${Date.now()}-${counter++}`;

/** The database as IndexedDB has it: version, stores and every row, read with a plain connection. */
async function rawState(name: string): Promise<{ version: number; stores: string[]; rows: Record<string, unknown[]> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = [...db.objectStoreNames].sort();
  const rows: Record<string, unknown[]> = {};
  for (const store of stores) {
    rows[store] = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  const version = db.version;
  db.close();
  return { version, stores, rows };
}

/** A database as a newer build would leave it: IndexedDB version 30 (Dexie 3), with `stores`. */
async function createNewer(name: string, stores: string[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 30);
    req.onupgradeneeded = () => {
      for (const s of stores) req.result.createObjectStore(s, { keyPath: s === 'meta' ? 'key' : 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['meta', 'resolutions'], 'readwrite');
    tx.objectStore('meta').put({ key: 'schema', value: { version: 3, at: '2030-01-01T00:00:00.000Z' } });
    tx.objectStore('resolutions').put({ id: 'r-0000000000000001', text: 'из новой версии' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('a database upgraded by a newer build', () => {
  it.each([
    ['with stores this build lacks and without some it has', ['resolutions', 'meta', 'documents2']],
    ['with every store this build has, and more', ['resolutions', 'places', 'recommendations', 'themes', 'meta', 'extra']],
  ])('is not opened, and nothing is written to it (%s)', async (_, stores) => {
    const name = freshName();
    await createNewer(name, stores);
    const before = await rawState(name);

    const err = await openDb(name).then(
      (db) => {
        db.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(describeStoreError(err)).toBe(STORE_MESSAGES.newerVersion);
    expect(STORE_MESSAGES.newerVersion).toMatch(/^База данных создана более новой версией приложения/);
    expect(await rawState(name)).toEqual(before);
    expect(before.version).toBe(30);
  });

  it('a database of this version or older still opens (and a missing one is created once)', async () => {
    const name = freshName();
    const db = await openDb(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.meta.get('schema'))?.value).toMatchObject({ version: CURRENT_SCHEMA_VERSION });
    db.close();
    const again = await openDb(name);
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION);
    again.close();
  });
});

describe('UnknownError from the browser', () => {
  it('is told in Russian, without the browser’s English text', () => {
    const raw = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    for (const err of [
      raw,
      new Dexie.OpenFailedError(raw),
      new Dexie.UnknownError('Internal error opening backing store for indexedDB.open.'),
    ]) {
      const message = describeStoreError(err);
      expect(message).toBe(STORE_MESSAGES.browserError);
      expect(message).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(STORE_MESSAGES.browserError).toMatch(/^Хранилище браузера не открылось/);
  });
});
