// Reading and checking a backup file: its text, parsed and checked record by record (parseBackup).
// Runs in the backup worker (backup.worker.ts); on this thread only where there is no Worker (tests).
import type { Backup } from '../lib/store';
import { parseBackup } from '../lib/store/backup-check';
import { readBackupFile } from './backup-file';

export type CheckedBackupFile =
  | { ok: true; backup: Backup }
  | { ok: false; reason: 'too-big' | 'unreadable' }
  /** Not a backup of this app, or a damaged one: `message` says why, in Russian. */
  | { ok: false; reason: 'invalid'; message: string };

export async function checkBackupHere(file: Blob): Promise<CheckedBackupFile> {
  const read = await readBackupFile(file);
  if (!read.ok) return read;
  const parsed = parseBackup(read.text);
  return parsed.ok ? parsed : { ok: false, reason: 'invalid', message: parsed.message };
}
