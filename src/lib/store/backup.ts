// Backup of the whole database (bundled, imported and edited documents, themes, seeding state)
// and its restore. A restore validates the file first and writes in one transaction: an invalid
// file changes nothing.
//   replace: the database becomes the backup.
//   merge:   documents missing here are added; for a document in both, a copy with hand edits wins
//            over one without, and between two edited (or two unedited) copies the later `updatedAt`
//            wins; a document whose text is already stored under another id is skipped.
import type { ResolutionsDb } from './db';
import { describeStoreError } from './errors';
import { getBundledVersion, getDeletedBundled, nowIso, setDeletedBundled } from './meta';
import { writeResolution } from './rows';
import { CURRENT_SCHEMA_VERSION, META, type StoredResolution } from './schema';
import { BACKUP_FORMAT, type Backup } from './validate';
import { parseBackup } from './backup-check';

export type { Backup };
export type BackupMode = 'merge' | 'replace';
export interface BackupCounts {
  /** Documents written from the backup. */
  written: number;
  /** Documents of the backup not written (merge: older or same-text copies). */
  skipped: number;
  themes: number;
  /** Documents in the database afterwards. */
  total: number;
}
export type ImportBackupResult = { ok: true; counts: BackupCounts } | { ok: false; message: string };

const failed = (detail: string) => `Восстановление не выполнено: ${detail} Данные не изменены.`;

export async function exportBackup(db: ResolutionsDb): Promise<Backup> {
  return db.transaction('r', [db.resolutions, db.themes, db.meta], async () => ({
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: nowIso(),
    bundledVersion: await getBundledVersion(db.meta),
    deletedBundled: await getDeletedBundled(db.meta),
    resolutions: await db.resolutions.toArray(),
    themes: await db.themes.toArray(),
  }));
}

/** Merge preference: edited before unedited, then the later update (ISO timestamps sort as text). */
const rank = (r: StoredResolution) => `${r.edited.length > 0 ? 1 : 0}|${r.updatedAt}`;

/** Checks `json` (text or parsed) and restores it: see `restoreBackup`. */
export async function importBackup(db: ResolutionsDb, json: unknown, mode: BackupMode): Promise<ImportBackupResult> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  return restoreBackup(db, parsed.backup, mode);
}

/**
 * Writes a backup that `parseBackup` accepted (the page checks the file in a worker and hands over
 * its answer), in one transaction: on any failure nothing changes.
 */
export async function restoreBackup(db: ResolutionsDb, backup: Backup, mode: BackupMode): Promise<ImportBackupResult> {
  const counts: BackupCounts = { written: 0, skipped: 0, themes: 0, total: 0 };
  try {
    await db.transaction('rw', [db.resolutions, db.places, db.recommendations, db.themes, db.meta], async () => {
      if (mode === 'replace') {
        await Promise.all([db.resolutions.clear(), db.places.clear(), db.recommendations.clear(), db.themes.clear()]);
        await db.meta.bulkDelete([META.bundledVersion, META.deletedBundled]);
        if (backup.bundledVersion !== null) await db.meta.put({ key: META.bundledVersion, value: backup.bundledVersion });
        await setDeletedBundled(db.meta, backup.deletedBundled);
        for (const row of backup.resolutions) await writeResolution(db, row);
        await db.themes.bulkPut(backup.themes);
        counts.written = backup.resolutions.length;
        counts.themes = backup.themes.length;
      } else {
        for (const row of backup.resolutions) {
          const here = await db.resolutions.get(row.id);
          const sameText = here ?? (await db.resolutions.where('source.sha256').equals(row.source.sha256).first());
          const newer = here !== undefined && rank(row) > rank(here);
          if (sameText && !newer) {
            counts.skipped++;
            continue;
          }
          await writeResolution(db, row);
          counts.written++;
        }
        const themeIds = new Set(await db.themes.toCollection().primaryKeys());
        const newThemes = backup.themes.filter((t) => !themeIds.has(t.id));
        await db.themes.bulkPut(newThemes);
        counts.themes = newThemes.length;
        const present = new Set(await db.resolutions.toCollection().primaryKeys());
        const deleted = [...(await getDeletedBundled(db.meta)), ...backup.deletedBundled];
        await setDeletedBundled(
          db.meta,
          deleted.filter((id) => !present.has(id)),
        );
      }
      counts.total = await db.resolutions.count();
    });
  } catch (err) {
    return { ok: false, message: failed(describeStoreError(err)) };
  }
  return { ok: true, counts };
}
