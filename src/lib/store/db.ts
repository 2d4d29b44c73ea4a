// The Dexie database: both schema versions, the v1 → v2 upgrade, and the multi-tab handlers.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { upgradeV1toV2 } from './migrate';
import { emitStoreNotice } from './notices';
import {
  CURRENT_SCHEMA_VERSION, DEFAULT_DB_NAME, META, SCHEMA_V1, SCHEMA_V2,
  type MetaRow, type PlaceRow, type RecommendationRow, type StoredResolution, type ThemeRow,
} from './schema';
import { nowIso } from './meta';

export class ResolutionsDb extends Dexie {
  declare resolutions: Table<StoredResolution, string>;
  declare places: Table<PlaceRow, [string, number]>;
  declare recommendations: Table<RecommendationRow, string>;
  declare themes: Table<ThemeRow, string>;
  declare meta: Table<MetaRow, string>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);

    this.on('populate', (tx) => {
      tx.table('meta').put({ key: META.schema, value: { version: CURRENT_SCHEMA_VERSION, at: nowIso() } });
    });
    // Another tab opened a newer version: close this connection (so its upgrade can proceed) and
    // tell the user to reload. Returning false stops Dexie's default handler, which would
    // re-open silently with the old schema.
    this.on('versionchange', () => {
      this.close();
      emitStoreNotice('versionchange', this.name);
      return false;
    });
    // This tab's upgrade waits for a tab that keeps the old version open.
    this.on('blocked', () => {
      emitStoreNotice('blocked', this.name);
      return false;
    });
  }
}

/**
 * Opens (creating or upgrading) the database. Rejects when IndexedDB is unavailable (e.g. some
 * private modes) or the database is newer than this code: show `describeStoreError(err)`.
 * `options` lets tests pass fake-indexeddb's `indexedDB` / `IDBKeyRange`.
 */
export async function openDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions): Promise<ResolutionsDb> {
  const db = new ResolutionsDb(name, options);
  await db.open();
  return db;
}
