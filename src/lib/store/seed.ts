// Seeding from the bundled data set (`data/resolutions.json`).
//
// The rule, on a bundled `version` different from the stored one:
// - a bundled document the user has not edited is replaced by the new bundle's copy,
//   or removed when the new bundle no longer has it;
// - a bundled document the user edited (`edited` not empty) is kept as the user's copy, as is
//   (the new bundle's copy of it is ignored);
// - an imported document is never touched; a bundled record with the same id or text is skipped;
// - a bundled document the user deleted stays deleted;
// - documents new in the bundle are added.
// Same version → nothing is written. Everything happens in one transaction.
import type { Dataset } from '../types';
import type { ResolutionsDb } from './db';
import { getBundledVersion, getDeletedBundled, nowIso } from './meta';
import { removeResolution, writeResolution } from './rows';
import { META, type StoredResolution, type ThemeRow } from './schema';

export interface SeedResult {
  /** False when the stored version equals the bundle's: nothing was written. */
  changed: boolean;
  added: number;
  replaced: number;
  removed: number;
  keptEdited: number;
  skippedImported: number;
  skippedDeleted: number;
}

function sameThemes(a: ThemeRow[], b: ThemeRow[]): boolean {
  const key = (rows: ThemeRow[]) => JSON.stringify([...rows].sort((x, y) => x.id.localeCompare(y.id)).map((t) => [t.id, t.ru, t.en]));
  return key(a) === key(b);
}

/** Seeds on first load and re-seeds when `dataset.version` changes; `themes` replaces the taxonomy if it differs. */
export async function seedFromBundle(db: ResolutionsDb, dataset: Dataset, themes?: readonly ThemeRow[]): Promise<SeedResult> {
  const result: SeedResult = {
    changed: false,
    added: 0,
    replaced: 0,
    removed: 0,
    keptEdited: 0,
    skippedImported: 0,
    skippedDeleted: 0,
  };
  await db.transaction('rw', [db.resolutions, db.places, db.recommendations, db.themes, db.meta], async () => {
    // The taxonomy file carries more (stems, exceptions); the table keeps only id and names.
    const rows = themes?.map(({ id, ru, en }) => ({ id, ru, en }));
    if (rows && !sameThemes(rows, await db.themes.toArray())) {
      await db.themes.clear();
      await db.themes.bulkPut(rows);
    }
    if ((await getBundledVersion(db.meta)) === dataset.version) return;
    result.changed = true;

    const bundled = new Map((await db.resolutions.where('origin').equals('bundled').toArray()).map((r) => [r.id, r]));
    const imported = await db.resolutions.where('origin').equals('imported').toArray();
    const importedIds = new Set(imported.map((r) => r.id));
    const importedShas = new Set(imported.map((r) => r.source.sha256));
    const deleted = new Set(await getDeletedBundled(db.meta));
    const incoming = new Set<string>();
    const now = nowIso();

    for (const record of dataset.resolutions) {
      if (incoming.has(record.id)) continue;
      incoming.add(record.id);
      if (deleted.has(record.id)) {
        result.skippedDeleted++;
        continue;
      }
      if (importedIds.has(record.id) || importedShas.has(record.source.sha256)) {
        result.skippedImported++;
        continue;
      }
      const old = bundled.get(record.id);
      if (old && old.edited.length > 0) {
        result.keptEdited++;
        continue;
      }
      const row: StoredResolution = { ...record, origin: 'bundled', edited: [], addedAt: old?.addedAt ?? now, updatedAt: now };
      await writeResolution(db, row);
      if (old) result.replaced++;
      else result.added++;
    }
    for (const old of bundled.values()) {
      if (incoming.has(old.id)) continue;
      if (old.edited.length > 0) result.keptEdited++;
      else {
        await removeResolution(db, old.id);
        result.removed++;
      }
    }
    await db.meta.put({ key: META.bundledVersion, value: dataset.version });
  });
  return result;
}
