// Upgrade of a version-1 database to version 2: every document keeps its content; the v1 flags
// become `origin` / `edited`, and the derived tables are built from the documents.
import type { Transaction } from 'dexie';
import { writeResolution, type DocTables } from './rows';
import { CURRENT_SCHEMA_VERSION, LEGACY_EDIT, META, type ResolutionRowV1, type StoredResolution } from './schema';
import { nowIso } from './meta';

export function migrateRowV1(row: ResolutionRowV1, now: string): StoredResolution {
  const { imported, modified, savedAt, ...record } = row;
  const at = savedAt ?? now;
  return {
    ...record,
    origin: imported ? 'imported' : 'bundled',
    // v1 did not record which fields were edited: mark the whole document as the user's copy.
    edited: modified ? [LEGACY_EDIT] : [],
    addedAt: at,
    updatedAt: at,
  };
}

export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const t: DocTables = {
    resolutions: tx.table('resolutions'),
    places: tx.table('places'),
    recommendations: tx.table('recommendations'),
  };
  const now = nowIso();
  const oldRows = (await t.resolutions.toArray()) as unknown as ResolutionRowV1[];
  for (const row of oldRows) await writeResolution(t, migrateRowV1(row, now));
  await tx.table('meta').put({
    key: META.schema,
    value: { version: CURRENT_SCHEMA_VERSION, migratedFrom: 1, at: now },
  });
}
