// Typed access to the key/value meta table.
import type { Table } from 'dexie';
import { META, type MetaRow } from './schema';

type MetaTable = Table<MetaRow, string>;

export async function getBundledVersion(meta: MetaTable): Promise<string | null> {
  const row = await meta.get(META.bundledVersion);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function getDeletedBundled(meta: MetaTable): Promise<string[]> {
  const row = await meta.get(META.deletedBundled);
  return Array.isArray(row?.value) ? row.value.filter((x): x is string => typeof x === 'string') : [];
}

export async function setDeletedBundled(meta: MetaTable, ids: Iterable<string>): Promise<void> {
  const value = [...new Set(ids)].sort();
  if (value.length === 0) await meta.delete(META.deletedBundled);
  else await meta.put({ key: META.deletedBundled, value });
}

export function nowIso(): string {
  return new Date().toISOString();
}
