// The page's side of the parse worker. One worker, one file at a time: a file that takes too long
// (PARSE_TIMEOUT_MS without progress) is abandoned by terminating the worker, and the next file gets
// a fresh one; so is the file being read when the user presses "Остановить" (abort).
// The worker (with the parser and the gazetteer) is created on first use and ended after a while idle.
import { PARSE_TIMEOUT_MS } from './limits';
import type { CityInfo, ParseOutcome, Unzipped, WorkerRequest, WorkerResponse } from './protocol';
import type { FileKind } from './read-file';

/** Pages read so far of the file being read. */
export type ProgressHandler = (done: number, total: number) => void;

/** What the import needs from a parser: the worker in the page, the parser itself in unit tests. */
export interface Parser {
  parse(name: string, kind: FileKind, bytes: ArrayBuffer, onProgress?: ProgressHandler): Promise<ParseOutcome>;
  city(name: string): Promise<CityInfo | null>;
  /** The documents inside a .zip (absent: archives are refused). */
  unzip?(bytes: ArrayBuffer): Promise<Unzipped>;
  /** Stops whatever is being read now; it resolves as failed. */
  abort?(): void;
}

const IDLE_MS = 120_000;

type Waiter = {
  resolve: (r: WorkerResponse | null) => void;
  timer?: ReturnType<typeof setTimeout>;
  /** Re-arms the timeout (progress was made). */
  rearm?: () => void;
  onProgress?: ProgressHandler;
};

export class WorkerParser implements Parser {
  private worker: Worker | null = null;
  private waiting = new Map<number, Waiter>();
  private nextId = 1;
  private idle: ReturnType<typeof setTimeout> | undefined;

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      if (msg.type === 'progress') {
        const w = this.waiting.get(msg.id);
        w?.rearm?.();
        w?.onProgress?.(msg.done, msg.total);
      } else this.settle(msg.id, msg);
    };
    // A failure to load the worker's code, or an error outside any message: every waiter is told.
    worker.onerror = (e) => {
      e.preventDefault();
      this.reset();
    };
    worker.onmessageerror = () => this.reset();
    this.worker = worker;
    return worker;
  }

  private settle(id: number, response: WorkerResponse | null) {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    clearTimeout(w.timer);
    w.resolve(response);
    if (this.waiting.size === 0) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => this.stop(), IDLE_MS);
    }
  }

  /** Ends the worker; whatever it was doing resolves as failed. */
  private reset() {
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.waiting.keys()]) this.settle(id, null);
  }

  stop() {
    clearTimeout(this.idle);
    this.reset();
  }

  abort() {
    this.reset();
  }

  private request(
    msg: WorkerRequest,
    transfer: Transferable[],
    timeout?: number,
    onProgress?: ProgressHandler,
  ): Promise<WorkerResponse | null> {
    clearTimeout(this.idle);
    const worker = this.spawn();
    return new Promise((resolve) => {
      const waiter: Waiter = { resolve, onProgress };
      if (timeout) {
        const arm = () => {
          clearTimeout(waiter.timer);
          waiter.timer = setTimeout(() => {
            // Only this request is answered "timeout"; the others (city look-ups) get null.
            this.waiting.delete(msg.id);
            resolve(null);
            this.reset();
          }, timeout);
        };
        waiter.rearm = arm;
        arm();
      }
      this.waiting.set(msg.id, waiter);
      worker.postMessage(msg, transfer);
    });
  }

  async parse(name: string, kind: FileKind, bytes: ArrayBuffer, onProgress?: ProgressHandler): Promise<ParseOutcome> {
    const id = this.nextId++;
    let lastSign = Date.now();
    const progress: ProgressHandler = (done, total) => {
      lastSign = Date.now();
      onProgress?.(done, total);
    };
    const response = await this.request({ type: 'parse', id, name, kind, bytes }, [bytes], PARSE_TIMEOUT_MS, progress);
    if (response?.type === 'parsed') return response.outcome;
    const timedOut = Date.now() - lastSign >= PARSE_TIMEOUT_MS;
    return { ok: false, code: timedOut ? 'timeout' : 'crash' };
  }

  async unzip(bytes: ArrayBuffer): Promise<Unzipped> {
    const id = this.nextId++;
    const response = await this.request({ type: 'unzip', id, bytes }, [bytes], PARSE_TIMEOUT_MS);
    if (response?.type === 'unzipped') return response.result;
    return { ok: false, code: 'crash' };
  }

  async city(name: string): Promise<CityInfo | null> {
    const id = this.nextId++;
    const response = await this.request({ type: 'city', id, name }, [], PARSE_TIMEOUT_MS);
    return response?.type === 'city' ? response.city : null;
  }
}

let shared: WorkerParser | null = null;

/** The page's one parser (the worker starts on the first request). */
export function workerParser(): Parser {
  return (shared ??= new WorkerParser());
}
