// The backup worker: reads a backup file and checks it (JSON, every record, every quote and hash), off
// the page's thread — a backup of a large library is tens of megabytes. One file per worker.
import { checkBackupHere } from './check';

self.onmessage = async (e: MessageEvent<{ file: Blob }>) => {
  self.postMessage(await checkBackupHere(e.data.file));
};
