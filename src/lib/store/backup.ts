// Backup of the whole database (bundled, imported and edited documents, themes, seeding state)
// and its restore. A restore validates the file first and writes in one transaction: an invalid
// file changes nothing.
//   replace: the database becomes the backup.
//   merge:   documents missing here are added; for a document in both, a copy with hand edits wins
//            over one without, and between two edited (or two unedited) copies the later `updatedAt`
//            wins; a document whose text is already stored under another id is skipped.
import * as v from 'valibot';
import type { ResolutionsDb } from './db';
import { describeStoreError } from './errors';
import { getBundledVersion, getDeletedBundled, nowIso, setDeletedBundled } from './meta';
import { writeResolution } from './rows';
import { CURRENT_SCHEMA_VERSION, META, type StoredResolution } from './schema';
import { BACKUP_FORMAT, BackupSchema, type Backup } from './validate';

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

const MSG = {
  notJson: 'Файл не читается как JSON: он повреждён или обрезан. Выберите полный файл резервной копии. Данные не изменены.',
  foreign: 'Это не резервная копия этого приложения (другой формат файла). Данные не изменены.',
  dataset: 'Это файл набора данных, а не резервная копия. Чтобы добавить документы, используйте импорт. Данные не изменены.',
  newer: (n: number) =>
    `Резервная копия сделана более новой версией приложения (схема ${n}). Откройте страницу заново и повторите. Данные не изменены.`,
  older: (n: unknown) => `Неподдерживаемая версия резервной копии (схема ${String(n)}). Данные не изменены.`,
  invalid: (detail: string) => `Файл резервной копии повреждён или изменён: ${detail}. Данные не изменены.`,
  failed: (detail: string) => `Восстановление не выполнено: ${detail} Данные не изменены.`,
};

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

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const where = path ? `поле «${path}»` : 'файл целиком';
  if (issue.kind === 'validation' && issue.type === 'check') return `${where}: ${issue.message}`;
  return `неверное значение, ${where} (ожидается ${issue.expected ?? '?'}, получено ${issue.received})`;
}

/** Checks the file without touching the database: the parsed backup or a Russian message. */
export function parseBackup(json: unknown): { ok: true; backup: Backup } | { ok: false; message: string } {
  let data = json;
  if (typeof data === 'string') {
    try { data = JSON.parse(data); } catch { return { ok: false, message: MSG.notJson }; }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: MSG.foreign };
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    const looksLikeDataset = typeof head.version === 'string' && Array.isArray(head.resolutions);
    return { ok: false, message: looksLikeDataset ? MSG.dataset : MSG.foreign };
  }
  if (head.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    const n = head.schemaVersion;
    return { ok: false, message: typeof n === 'number' && n > CURRENT_SCHEMA_VERSION ? MSG.newer(n) : MSG.older(n) };
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) return { ok: false, message: MSG.invalid(describeIssue(parsed.issues[0])) };
  return { ok: true, backup: parsed.output };
}

export async function importBackup(db: ResolutionsDb, json: unknown, mode: BackupMode): Promise<ImportBackupResult> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
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
          if (sameText && !newer) { counts.skipped++; continue; }
          await writeResolution(db, row);
          counts.written++;
        }
        const themeIds = new Set(await db.themes.toCollection().primaryKeys());
        const newThemes = backup.themes.filter((t) => !themeIds.has(t.id));
        await db.themes.bulkPut(newThemes);
        counts.themes = newThemes.length;
        const present = new Set(await db.resolutions.toCollection().primaryKeys());
        const deleted = [...(await getDeletedBundled(db.meta)), ...backup.deletedBundled];
        await setDeletedBundled(db.meta, deleted.filter((id) => !present.has(id)));
      }
      counts.total = await db.resolutions.count();
    });
  } catch (err) {
    return { ok: false, message: MSG.failed(describeStoreError(err)) };
  }
  return { ok: true, counts };
}
