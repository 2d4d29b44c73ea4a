// Documents the user imports: stored once per text (`source.sha256`).
import type { Resolution } from '../types';
import type { ResolutionsDb } from './db';
import { nowIso } from './meta';
import { writeResolution } from './rows';
import { TextTooLongError } from './errors';
import { MAX_TEXT_CHARS } from '../limits';

export interface ImportResult {
  /** Ids stored. */
  added: string[];
  /** Ids of records whose text (sha256) or id was already stored, or repeated within `records`: not stored. */
  duplicates: string[];
}

/**
 * Stores `records` in one transaction (all or nothing), each text once. A text over the app's limit
 * (MAX_TEXT_CHARS, the same for import and restore) is refused with a TextTooLongError: nothing is stored. `edited` lists, per record id,
 * the fields corrected by hand before saving (marked as edited, as `updateResolution` would).
 */
export async function putImported(
  db: ResolutionsDb,
  records: readonly Resolution[],
  edited: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<ImportResult> {
  const result: ImportResult = { added: [], duplicates: [] };
  const tooLong = records.find((r) => r.text.length > MAX_TEXT_CHARS);
  if (tooLong) throw new TextTooLongError(tooLong.source.file, tooLong.text.length);
  await db.transaction('rw', [db.resolutions, db.places, db.recommendations], async () => {
    const seenIds = new Set<string>();
    const seenShas = new Set<string>();
    const now = nowIso();
    for (const record of records) {
      const known =
        seenIds.has(record.id) ||
        seenShas.has(record.source.sha256) ||
        (await db.resolutions.get(record.id)) !== undefined ||
        (await db.resolutions.where('source.sha256').equals(record.source.sha256).count()) > 0;
      seenIds.add(record.id);
      seenShas.add(record.source.sha256);
      if (known) {
        result.duplicates.push(record.id);
        continue;
      }
      const fields = [...new Set(edited.get(record.id) ?? [])];
      await writeResolution(db, { ...record, origin: 'imported', edited: fields, addedAt: now, updatedAt: now });
      result.added.push(record.id);
    }
  });
  return result;
}
