// The page's side of checking a backup file: the size first (a file over the limit is not read at
// all), then reading and checking in a worker started for this file and ended after it. Without
// Worker (unit tests) the same check runs here.
import { MAX_BACKUP_BYTES } from './limits';
import type { CheckedBackupFile } from './check';

export type { CheckedBackupFile };

export async function checkBackupFile(file: Blob): Promise<CheckedBackupFile> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, reason: 'too-big' };
  if (typeof Worker === 'undefined') return (await import('./check')).checkBackupHere(file);
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });
  try {
    return await new Promise<CheckedBackupFile>((resolve) => {
      worker.onmessage = (e: MessageEvent<CheckedBackupFile>) => resolve(e.data);
      // The worker broke (e.g. out of memory on a huge file): the file is not taken.
      worker.onerror = (e) => {
        e.preventDefault();
        resolve({ ok: false, reason: 'unreadable' });
      };
      worker.onmessageerror = () => resolve({ ok: false, reason: 'unreadable' });
      worker.postMessage({ file });
    });
  } finally {
    worker.terminate();
  }
}
