/// <reference lib="webworker" />
// The import's worker: bytes → text → record, with the same parser and gazetteer as `npm run ingest`;
// archives unpacked here too. Created on the first file (the parser, the gazetteer and the format
// readers are not in the page's initial bundle), so the page stays responsive while hundreds of
// files, or a PDF of hundreds of pages, are read. Progress of a long document is sent at most every
// 200 ms.
import { findCity, parseFile, unzipFile } from './parse-file';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'city') post({ type: 'city', id: msg.id, city: findCity(msg.name) });
  else if (msg.type === 'unzip') {
    const result = await unzipFile(msg.bytes);
    post({ type: 'unzipped', id: msg.id, result }, result.ok ? result.files.map((f) => f.bytes) : []);
  } else {
    let last = 0;
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (now - last < 200 && done < total) return;
      last = now;
      post({ type: 'progress', id: msg.id, done, total });
    };
    post({ type: 'parsed', id: msg.id, outcome: await parseFile(msg.name, msg.kind, msg.bytes, onProgress) });
  }
};
