// Reading a backup file: JSON text → a checked `Backup`, or a Russian message naming the first bad
// record and field. Pure (no Dexie, no DOM): the page runs it in a worker (src/backup/backup.worker.ts),
// so a large file is parsed and checked off the page's thread; the store runs it again only when it
// is handed unchecked JSON (importBackup).
import * as v from 'valibot';
import { CURRENT_SCHEMA_VERSION, type StoredResolution } from './schema';
import { BACKUP_FORMAT, BackupHeadSchema, StoredResolutionSchema, type Backup } from './validate';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

export const BACKUP_MESSAGES = {
  notJson: 'Файл не читается как JSON: он повреждён или обрезан. Выберите полный файл резервной копии. Данные не изменены.',
  foreign: 'Это не резервная копия этого приложения (другой формат файла). Данные не изменены.',
  dataset: 'Это файл набора данных, а не резервная копия. Чтобы добавить документы, используйте импорт. Данные не изменены.',
  newer: (n: number) =>
    `Резервная копия сделана более новой версией приложения (схема ${n}). Откройте страницу заново и повторите. Данные не изменены.`,
  older: (n: unknown) => `Неподдерживаемая версия резервной копии (схема ${String(n)}). Данные не изменены.`,
  invalid: (detail: string) => `Файл резервной копии повреждён или изменён: ${detail}. Данные не изменены.`,
};
const MSG = BACKUP_MESSAGES;

function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = [prefix, v.getDotPath(issue)].filter(Boolean).join('.');
  const where = path ? `поле «${path}»` : 'файл целиком';
  if (issue.kind === 'validation') return `${where}: ${issue.message}`;
  return `${where}: неверное значение (ожидается ${issue.expected ?? '?'}, получено ${issue.received})`;
}

/** "документ 2 из 4 («seed_001.txt»)" — the record as the user can find it. */
function recordName(index: number, total: number, record: unknown): string {
  const file = (record as { source?: { file?: unknown } } | null)?.source?.file;
  const name = typeof file === 'string' && file ? ` («${file.length > 80 ? `${file.slice(0, 79)}…` : file}»)` : '';
  return `документ ${index + 1} из ${total}${name}`;
}

/** Checks the file without touching the database: the checked backup, or why it is refused. */
export function parseBackup(json: unknown): ParsedBackup {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return { ok: false, message: MSG.notJson };
    }
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
  const parsedHead = v.safeParse(BackupHeadSchema, data);
  if (!parsedHead.success) return { ok: false, message: MSG.invalid(describeIssue(parsedHead.issues[0])) };

  // Record by record, in file order: the message names the first bad one.
  const records = parsedHead.output.resolutions;
  const resolutions: StoredResolution[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const parsed = v.safeParse(StoredResolutionSchema, records[i]);
    if (!parsed.success) {
      const detail = `${recordName(i, records.length, records[i])}, ${describeIssue(parsed.issues[0], `resolutions.${i}`)}`;
      return { ok: false, message: MSG.invalid(detail) };
    }
    const r = parsed.output;
    // The id is made from the text's hash (checked above): a repeated hash is the same text twice.
    const first = seen.get(r.source.sha256);
    if (first !== undefined) {
      const detail = `${recordName(i, records.length, r)}: один и тот же текст повторяется (он же — документ ${first + 1})`;
      return { ok: false, message: MSG.invalid(detail) };
    }
    seen.set(r.source.sha256, i);
    resolutions.push(r);
  }
  return { ok: true, backup: { ...parsedHead.output, resolutions } };
}
