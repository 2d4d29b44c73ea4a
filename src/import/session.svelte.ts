// One import: the files picked or dropped, read one by one in the worker, each with its result; the
// corrections made in the preview; and the save. Nothing is stored before the user confirms.
//
// Items live in a $state.raw array replaced on every change: records are plain objects (never
// proxies), so they can be posted and stored as they are, and a thousand rows stay cheap.
import type { ResolutionsDb } from '../lib/store';
import type { Resolution } from '../lib/types';
import { applyPatch, buildPatch, hasErrors, type EditForm, type PatchResult } from '../edit';
import type { FailCode } from './extract';
import { precheck, type FileKind, type RefuseCode } from './read-file';
import type { Parser } from './worker-client';

export type ItemStatus = 'waiting' | 'ready' | 'duplicate' | 'failed' | 'saved';

export interface ImportItem {
  key: number;
  name: string;
  size: number;
  status: ItemStatus;
  /** Why it failed (refused before reading, or by the worker). */
  failure?: { code: RefuseCode | FailCode | 'unreadable'; detail?: string; limit?: number };
  /** A duplicate of a stored document, or of another file of this import. */
  duplicateOf?: 'db' | 'batch';
  /** As parsed. */
  original?: Resolution;
  encoding?: string | null;
  /** Corrections; absent when untouched. */
  form?: EditForm;
  /** Unticked: not saved. */
  include: boolean;
}

export interface SessionDeps {
  parser: () => Parser;
  db: () => ResolutionsDb | null;
  /** sha256 of the documents already stored (or shown). */
  knownShas: () => Iterable<string>;
}

export type SaveOutcome =
  | { ok: true; saved: number; duplicates: number }
  | { ok: false; message: string };

/** The parser found neither a resolution nor a report of an event. */
export const isUnrecognised = (r: Resolution | undefined) => !!r?.warnings.some((w) => w.code === 'no-resolution');

export function patchOf(item: ImportItem): PatchResult | null {
  return item.original && item.form ? buildPatch(item.original, item.form) : null;
}

/** The record as it will be saved: the parsed one with the corrections applied. */
export function recordOf(item: ImportItem): Resolution | undefined {
  const p = patchOf(item);
  return item.original && p ? applyPatch(item.original, p.patch) : item.original;
}

export class ImportSession {
  items = $state.raw<ImportItem[]>([]);
  /** Files in which no resolution was recognised: refused (true) or saved with a warning (false). */
  skipUnrecognised = $state(false);
  running = $state(false);
  /** Progress of the current run: files done of files added since the run began. */
  done = $state(0);
  total = $state(0);
  selectedKey = $state<number | null>(null);
  saving = $state(false);

  private queue: { key: number; file: File; kind: FileKind }[] = [];
  private nextKey = 1;
  private position = new Map<number, number>();

  constructor(private deps: SessionDeps) {}

  get selected(): ImportItem | undefined {
    return this.selectedKey === null ? undefined : this.find(this.selectedKey);
  }

  find(key: number): ImportItem | undefined {
    const i = this.position.get(key);
    return i === undefined ? undefined : this.items[i];
  }

  /** Will this item be saved by `save()`? */
  savable(item: ImportItem): boolean {
    if (item.status !== 'ready' || !item.include) return false;
    if (this.skipUnrecognised && isUnrecognised(recordOf(item))) return false;
    const p = patchOf(item);
    return !(p && hasErrors(p));
  }

  get counts() {
    const c = { waiting: 0, ready: 0, duplicate: 0, failed: 0, saved: 0, savable: 0, unrecognised: 0, invalid: 0 };
    for (const it of this.items) {
      c[it.status]++;
      if (this.savable(it)) c.savable++;
      if (it.status === 'ready' && isUnrecognised(recordOf(it))) c.unrecognised++;
      const p = it.status === 'ready' ? patchOf(it) : null;
      if (p && hasErrors(p)) c.invalid++;
    }
    return c;
  }

  private setItems(items: ImportItem[]) {
    this.items = items;
    this.position = new Map(items.map((it, i) => [it.key, i]));
  }

  private update(key: number, change: Partial<ImportItem>) {
    const i = this.position.get(key);
    if (i === undefined) return;
    const next = this.items.slice();
    next[i] = { ...next[i], ...change };
    this.items = next;
  }

  /** Adds files: refused ones get their reason at once, the others are queued for the worker. */
  add(files: readonly File[]): void {
    if (!this.running) {
      this.done = 0;
      this.total = 0;
    }
    const added: ImportItem[] = [];
    for (const file of files) {
      const key = this.nextKey++;
      const check = precheck(file);
      const item: ImportItem = { key, name: file.name, size: file.size, status: 'waiting', include: true };
      if (!check.ok) {
        item.status = 'failed';
        item.failure = { code: check.code, limit: check.limit };
        this.done++;
      } else this.queue.push({ key, file, kind: check.kind });
      added.push(item);
      this.total++;
    }
    this.setItems([...this.items, ...added]);
    if (!this.running) void this.run();
  }

  private async run() {
    this.running = true;
    // Saving is disabled while reading, so the stored texts do not change during a run.
    const stored = new Set(this.deps.knownShas());
    try {
      while (this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (!this.position.has(job.key)) continue; // cancelled
        await this.process(job, stored);
        this.done++;
      }
    } finally {
      this.running = false;
    }
    if (this.selectedKey === null) this.selectedKey = this.items.find((it) => it.status === 'ready')?.key ?? null;
  }

  private async process(job: { key: number; file: File; kind: FileKind }, stored: ReadonlySet<string>) {
    let bytes: ArrayBuffer;
    try {
      bytes = await job.file.arrayBuffer();
    } catch (err) {
      this.update(job.key, { status: 'failed', failure: { code: 'unreadable', detail: String(err) } });
      return;
    }
    const outcome = await this.deps.parser().parse(job.file.name, job.kind, bytes);
    if (!this.position.has(job.key)) return; // cancelled meanwhile
    if (!outcome.ok) {
      this.update(job.key, { status: 'failed', failure: { code: outcome.code, detail: outcome.detail } });
      return;
    }
    const sha = outcome.record.source.sha256;
    const inBatch = this.items.some((it) => it.key !== job.key && it.original?.source.sha256 === sha && it.status !== 'duplicate');
    const duplicateOf = stored.has(sha) ? 'db' : inBatch ? 'batch' : undefined;
    this.update(job.key, { status: duplicateOf ? 'duplicate' : 'ready', duplicateOf, original: outcome.record, encoding: outcome.encoding });
  }

  /** Stops reading: the files not read yet are dropped from the list. */
  cancel(): void {
    const dropped = new Set(this.queue.map((j) => j.key));
    this.queue = [];
    this.total -= dropped.size;
    this.setItems(this.items.filter((it) => !dropped.has(it.key)));
  }

  /** Empties the list (not while reading). */
  clear(): void {
    if (this.running) return;
    this.setItems([]);
    this.selectedKey = null;
    this.done = 0;
    this.total = 0;
  }

  setForm(key: number, form: EditForm | undefined): void {
    this.update(key, { form });
  }

  setInclude(key: number, include: boolean): void {
    this.update(key, { include });
  }

  /**
   * Saves every savable item in one transaction (the store's `putImported`): the documents, and the
   * hand-corrected fields marked as edited. A failure (storage full…) stores nothing and leaves the
   * list as it was.
   */
  async save(): Promise<SaveOutcome> {
    // The store (Dexie) is loaded lazily by the app; by the time anything can be saved it is there.
    const { describeStoreError, putImported } = await import('../lib/store');
    const db = this.deps.db();
    if (!db || !db.isOpen()) return { ok: false, message: describeStoreError({ name: db ? 'DatabaseClosedError' : 'MissingAPIError' }) };
    const chosen = this.items.filter((it) => this.savable(it));
    if (chosen.length === 0) return { ok: true, saved: 0, duplicates: 0 };
    const records = chosen.map((it) => recordOf(it)!);
    const edited = new Map(chosen.flatMap((it) => {
      const p = patchOf(it);
      return p && p.edited.length > 0 ? [[it.original!.id, p.edited] as const] : [];
    }));
    this.saving = true;
    try {
      const result = await putImported(db, records, edited);
      const added = new Set(result.added);
      const chosenKeys = new Set(chosen.map((it) => it.key));
      const next = this.items.map((it) =>
        !chosenKeys.has(it.key) ? it : added.has(it.original!.id) ? { ...it, status: 'saved' as const } : { ...it, status: 'duplicate' as const, duplicateOf: 'db' as const },
      );
      this.setItems(next);
      // The preview moves on to a file still waiting to be saved, if any.
      if (this.selected?.status !== 'ready') this.selectedKey = next.find((it) => it.status === 'ready')?.key ?? null;
      return { ok: true, saved: result.added.length, duplicates: result.duplicates.length };
    } catch (err) {
      return { ok: false, message: describeStoreError(err) };
    } finally {
      this.saving = false;
    }
  }
}
