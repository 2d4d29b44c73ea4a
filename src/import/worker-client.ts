// The page's side of the parse worker. One worker, one file at a time: a file that takes too long
// (PARSE_TIMEOUT_MS) is abandoned by terminating the worker, and the next file gets a fresh one.
// The worker (with the parser and the gazetteer) is created on first use and ended after a while idle.
import { PARSE_TIMEOUT_MS } from './limits';
import type { CityInfo, ParseOutcome, WorkerRequest, WorkerResponse } from './protocol';
import type { FileKind } from './read-file';

/** What the import needs from a parser: the worker in the page, the parser itself in unit tests. */
export interface Parser {
  parse(name: string, kind: FileKind, bytes: ArrayBuffer): Promise<ParseOutcome>;
  city(name: string): Promise<CityInfo | null>;
}

const IDLE_MS = 120_000;

type Waiter = { resolve: (r: WorkerResponse | null) => void; timer?: ReturnType<typeof setTimeout> };

export class WorkerParser implements Parser {
  private worker: Worker | null = null;
  private waiting = new Map<number, Waiter>();
  private nextId = 1;
  private idle: ReturnType<typeof setTimeout> | undefined;

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.settle(e.data.id, e.data);
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

  private request(msg: WorkerRequest, transfer: Transferable[], timeout?: number): Promise<WorkerResponse | null> {
    clearTimeout(this.idle);
    const worker = this.spawn();
    return new Promise((resolve) => {
      const waiter: Waiter = { resolve };
      if (timeout) waiter.timer = setTimeout(() => {
        // Only this request is answered "timeout"; the others (city look-ups) get null.
        this.waiting.delete(msg.id);
        resolve(null);
        this.reset();
      }, timeout);
      this.waiting.set(msg.id, waiter);
      worker.postMessage(msg, transfer);
    });
  }

  async parse(name: string, kind: FileKind, bytes: ArrayBuffer): Promise<ParseOutcome> {
    const id = this.nextId++;
    const started = Date.now();
    const response = await this.request({ type: 'parse', id, name, kind, bytes }, [bytes], PARSE_TIMEOUT_MS);
    if (response?.type === 'parsed') return response.outcome;
    const timedOut = Date.now() - started >= PARSE_TIMEOUT_MS;
    return { ok: false, code: timedOut ? 'timeout' : 'crash' };
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
