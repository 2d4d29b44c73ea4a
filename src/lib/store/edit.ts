// Hand edits, deletion and its undo.
import type { Resolution } from '../types';
import type { ResolutionsDb } from './db';
import { getDeletedBundled, nowIso, setDeletedBundled } from './meta';
import { removeResolution, writeResolution } from './rows';
import type { StoredResolution } from './schema';

/** What a hand edit may change: not the identity, the source or the text the spans point into. */
export type ResolutionPatch = Partial<Omit<Resolution, 'id' | 'source' | 'text'>>;

/**
 * Applies `patch` (top-level fields) and records `editedFields` (field paths, e.g. "participants.total")
 * in `edited`, so a re-seed keeps this copy. Returns the new row, or undefined when `id` is unknown.
 */
export async function updateResolution(
  db: ResolutionsDb,
  id: string,
  patch: ResolutionPatch,
  editedFields: string[],
): Promise<StoredResolution | undefined> {
  return db.transaction('rw', [db.resolutions, db.places, db.recommendations], async () => {
    const old = await db.resolutions.get(id);
    if (!old) return undefined;
    const { id: _id, source: _source, text: _text, ...allowed } = patch as Partial<Resolution>;
    const row: StoredResolution = {
      ...old,
      ...allowed,
      edited: [...new Set([...old.edited, ...editedFields])],
      updatedAt: nowIso(),
    };
    await writeResolution(db, row);
    return row;
  });
}

/** Deletes a document; returns the deleted row to pass to `restoreDeleted` for undo. */
export async function deleteResolution(db: ResolutionsDb, id: string): Promise<StoredResolution | undefined> {
  return db.transaction('rw', [db.resolutions, db.places, db.recommendations, db.meta], async () => {
    const row = await db.resolutions.get(id);
    if (!row) return undefined;
    await removeResolution(db, id);
    // Remember deleted bundled documents so a re-seed does not bring them back.
    if (row.origin === 'bundled') await setDeletedBundled(db.meta, [...(await getDeletedBundled(db.meta)), id]);
    return row;
  });
}

/** Puts back a row returned by `deleteResolution`, exactly as it was. */
export async function restoreDeleted(db: ResolutionsDb, row: StoredResolution): Promise<void> {
  await db.transaction('rw', [db.resolutions, db.places, db.recommendations, db.meta], async () => {
    await writeResolution(db, row);
    const deleted = await getDeletedBundled(db.meta);
    if (deleted.includes(row.id))
      await setDeletedBundled(
        db.meta,
        deleted.filter((x) => x !== row.id),
      );
  });
}
