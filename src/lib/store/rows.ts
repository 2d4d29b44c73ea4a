// The single place where a document and its derived rows (places, recommendations) are written or
// removed, so the derived tables never drift from the documents. Call only inside a transaction
// that covers all three tables (or the upgrade transaction).
import Dexie, { type Table } from 'dexie';
import type { PlaceRow, RecommendationRow, StoredResolution } from './schema';

export interface DocTables {
  resolutions: Table<StoredResolution, string>;
  places: Table<PlaceRow, [string, number]>;
  recommendations: Table<RecommendationRow, string>;
}

export function placeRows(r: StoredResolution): PlaceRow[] {
  return r.places.map(({ evidence: _quote, ...place }, index) => ({ ...place, resolutionId: r.id, index }));
}

export function recommendationRows(r: StoredResolution): RecommendationRow[] {
  return r.recommendations.map((item, index) => ({
    id: `${r.id}#${index}`,
    resolutionId: r.id,
    index,
    themes: [...new Set(item.themes)],
    text: item.text,
  }));
}

function assertInTransaction(): void {
  if (!Dexie.currentTransaction) throw new Error('store: documents must be written inside a transaction');
}

async function removeDerived(t: DocTables, id: string): Promise<void> {
  await t.places.where('resolutionId').equals(id).delete();
  await t.recommendations.where('resolutionId').equals(id).delete();
}

/** Puts a document and rebuilds its derived rows. */
export async function writeResolution(t: DocTables, row: StoredResolution): Promise<void> {
  assertInTransaction();
  await removeDerived(t, row.id);
  await t.resolutions.put(row);
  await t.places.bulkPut(placeRows(row));
  await t.recommendations.bulkPut(recommendationRows(row));
}

/** Deletes a document and its derived rows. */
export async function removeResolution(t: DocTables, id: string): Promise<void> {
  assertInTransaction();
  await removeDerived(t, id);
  await t.resolutions.delete(id);
}
