// The backup as a file: its name, and reading one back (size-checked before it is read).
import { MAX_BACKUP_BYTES } from './limits';

/** "rezolyucii-backup-2025-11-24.json" (Latin: safe on every file system and mail client). */
export function backupFileName(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `rezolyucii-backup-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.json`;
}

export type ReadBackup = { ok: true; text: string } | { ok: false; reason: 'too-big' | 'unreadable' };

export async function readBackupFile(file: Blob): Promise<ReadBackup> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-big' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
