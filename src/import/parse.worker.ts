/// <reference lib="webworker" />
// The import's worker: bytes → text → record, with the same parser and gazetteer as `npm run ingest`.
// Created on the first file (the parser, the gazetteer and mammoth are not in the page's initial
// bundle), so the page stays responsive while hundreds of files are read.
import { findCity, parseFile } from './parse-file';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: WorkerResponse) => scope.postMessage(msg);

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'city') post({ type: 'city', id: msg.id, city: findCity(msg.name) });
  else post({ type: 'parsed', id: msg.id, outcome: await parseFile(msg.name, msg.kind, msg.bytes) });
};
