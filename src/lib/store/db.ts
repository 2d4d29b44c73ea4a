// The Dexie database: both schema versions, the v1 → v2 upgrade, and the multi-tab handlers.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { upgradeV1toV2 } from './migrate';
import { emitStoreNotice } from './notices';
import {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_DB_NAME,
  META,
  SCHEMA_V1,
  SCHEMA_V2,
  type MetaRow,
  type PlaceRow,
  type RecommendationRow,
  type StoredResolution,
  type ThemeRow,
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

/** This code's version as IndexedDB counts it (Dexie multiplies by 10). */
const NATIVE_VERSION = CURRENT_SCHEMA_VERSION * 10;

/** Thrown when the database was upgraded by a newer build: named as IndexedDB's own VersionError. */
export class NewerDatabaseError extends Error {
  constructor(readonly installed: number) {
    super(`database version ${installed} is newer than this code's ${NATIVE_VERSION}`);
    this.name = 'VersionError';
  }
}

/**
 * The version of the database as installed, or null when there is none (or it cannot be told). Opened
 * without a version, so nothing is upgraded; a database that does not exist is not created (its
 * creation is aborted).
 */
function installedVersion(idb: IDBFactory | undefined, name: string): Promise<number | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      if (!idb) return resolve(null);
      req = idb.open(name);
    } catch {
      return resolve(null); // Dexie's own open reports why (e.g. private mode)
    }
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(version);
    };
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
  });
}

/**
 * Opens (creating or upgrading) the database. Rejects when IndexedDB is unavailable (e.g. some
 * private modes) or the database is newer than this code: show `describeStoreError(err)`.
 * A newer database is not opened at all: Dexie would otherwise open it at its version and add the
 * stores it misses (bumping the version), and this code would write records a newer build does not
 * expect.
 * `options` lets tests pass fake-indexeddb's `indexedDB` / `IDBKeyRange`.
 */
export async function openDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions): Promise<ResolutionsDb> {
  const idb = (options?.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB)) as IDBFactory | undefined;
  const installed = await installedVersion(idb, name);
  if (installed !== null && installed > NATIVE_VERSION) throw new NewerDatabaseError(installed);
  const db = new ResolutionsDb(name, options);
  await db.open();
  // Upgraded by a newer build between the check and the open: let go of it before any write.
  if (db.backendDB().version > NATIVE_VERSION) {
    const version = db.backendDB().version;
    db.close();
    throw new NewerDatabaseError(version);
  }
  return db;
}
