// One import: the files picked or dropped (folders walked, .zip archives unpacked into their files),
// read one by one in the worker, each with its result; the corrections made in the preview; and the
// save. Nothing is stored before the user confirms. Duplicates are found on the normalised text
// (text-key.ts): the same resolution saved as PDF and as .docx is one document.
//
// Items live in a $state.raw array replaced on every change: records are plain objects (never
// proxies), so they can be posted and stored as they are, and a thousand rows stay cheap.
import type { ResolutionsDb } from '../lib/store';
import type { Resolution } from '../lib/types';
import { applyPatch, buildPatch, hasErrors, type EditForm, type PatchResult } from '../edit';
import type { FailCode, Note } from './extract';
import type { ArchiveRefusal } from './archive';
import { displayName, precheck, type FileKind, type RefuseCode } from './read-file';
import type { Parser } from './worker-client';

/** A file waiting for the worker: `name` is how it is listed (its path in a folder or archive). */
interface Job {
  key: number;
  file: Blob;
  name: string;
  kind: FileKind;
}

export type ItemStatus = 'waiting' | 'ready' | 'duplicate' | 'failed' | 'saved';

export interface ImportItem {
  key: number;
  name: string;
  size: number;
  status: ItemStatus;
  /** Why it failed (refused before reading, or by the worker). */
  failure?: { code: RefuseCode | FailCode | 'unreadable'; detail?: string; limit?: number };
  /** Read, with something to know (it was another format than its name said; scanned pages). */
  note?: Note;
  /** Being read now; with pages read so far for a long document. */
  reading?: { done: number; total: number } | true;
  /** Key of the normalised text (text-key.ts). */
  textKey?: string;
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
  /** Normalised-text keys of the documents already stored (asked for only when a file has been read). */
  knownKeys?: () => Iterable<string>;
}

export type SaveOutcome = { ok: true; saved: number; duplicates: number } | { ok: false; message: string };

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
  running = $state(false);
  /** Progress of the current run: files done of files added since the run began. */
  done = $state(0);
  total = $state(0);
  selectedKey = $state<number | null>(null);
  saving = $state(false);

  private queue: Job[] = [];
  /** The file being read now (dropped, and its reading stopped, by cancel). */
  private current: number | null = null;
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

  /**
   * Adds files: refused ones get their reason at once, the others are queued for the worker. A file
   * from a picked or dropped folder is listed by its path in the folder.
   */
  add(files: readonly File[]): void {
    if (!this.running) {
      this.done = 0;
      this.total = 0;
    }
    const { items, jobs } = this.itemsFor(
      files.map((file) => ({ file, name: displayName(file) })),
      false,
    );
    this.queue.push(...jobs);
    this.setItems([...this.items, ...items]);
    if (!this.running) void this.run();
  }

  /** Items (and queued jobs) for files; counted in `total`, refused ones also in `done`. */
  private itemsFor(files: { file: Blob; name: string }[], inArchive: boolean): { items: ImportItem[]; jobs: Job[] } {
    const items: ImportItem[] = [];
    const jobs: Job[] = [];
    for (const { file, name } of files) {
      const key = this.nextKey++;
      const check = precheck({ name, size: file.size });
      const item: ImportItem = { key, name, size: file.size, status: 'waiting', include: true };
      if (!check.ok) {
        item.status = 'failed';
        item.failure = { code: check.code, limit: check.limit };
        this.done++;
      } else if (inArchive && check.kind === 'zip') {
        item.status = 'failed';
        item.failure = { code: 'nested-archive' };
        this.done++;
      } else jobs.push({ key, file, name, kind: check.kind });
      items.push(item);
      this.total++;
    }
    return { items, jobs };
  }

  private async run() {
    this.running = true;
    // Saving is disabled while reading, so the stored texts do not change during a run.
    const stored = new Set(this.deps.knownShas());
    this.storedKeySet = null;
    try {
      while (this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (!this.position.has(job.key)) continue; // cancelled
        this.current = job.key;
        this.update(job.key, { reading: true });
        await this.process(job, stored);
        this.current = null;
        // Stopped while it was read: it is gone from the list and from the total.
        if (this.position.has(job.key)) this.done++;
      }
    } finally {
      this.running = false;
      this.current = null;
    }
    if (this.selectedKey === null) this.selectedKey = this.items.find((it) => it.status === 'ready')?.key ?? null;
  }

  private async process(job: Job, stored: ReadonlySet<string>) {
    let bytes: ArrayBuffer;
    try {
      bytes = await job.file.arrayBuffer();
    } catch (err) {
      this.update(job.key, { status: 'failed', reading: undefined, failure: { code: 'unreadable', detail: String(err) } });
      return;
    }
    if (job.kind === 'zip') return this.unpack(job, bytes);
    const parser = this.deps.parser();
    const outcome = await parser.parse(job.name, job.kind, bytes, (done, total) => {
      if (this.position.has(job.key)) this.update(job.key, { reading: { done, total } });
    });
    if (!this.position.has(job.key)) return; // cancelled meanwhile
    if (!outcome.ok) {
      this.update(job.key, { status: 'failed', reading: undefined, failure: { code: outcome.code, detail: outcome.detail } });
      return;
    }
    const sha = outcome.record.source.sha256;
    // Keys of other files of this import, and (computed once per run, on first need) of the stored ones.
    const key = outcome.textKey;
    const inBatch = this.items.some(
      (it) =>
        it.key !== job.key &&
        it.status !== 'duplicate' &&
        (it.original?.source.sha256 === sha || (key !== undefined && it.textKey === key)),
    );
    const duplicateOf = stored.has(sha) || (key !== undefined && this.storedKeys().has(key)) ? 'db' : inBatch ? 'batch' : undefined;
    // A text in which nothing was recognised (a shopping list saved as .txt) starts unticked: it is saved,
    // and counted as an event, only if the user keeps it.
    this.update(job.key, {
      status: duplicateOf ? 'duplicate' : 'ready',
      duplicateOf,
      reading: undefined,
      original: outcome.record,
      encoding: outcome.encoding,
      textKey: key,
      note: outcome.note,
      include: !isUnrecognised(outcome.record),
    });
  }

  private storedKeySet: Set<string> | null = null;
  private storedKeys(): ReadonlySet<string> {
    return (this.storedKeySet ??= new Set(this.deps.knownKeys?.() ?? []));
  }

  /**
   * A .zip: its row is replaced by one row per file inside (named "архив.zip/путь/файл.pdf"), queued
   * next, and the files refused inside it with their reasons. An archive that cannot be unpacked (or
   * is a zip bomb) stays one failed row.
   */
  private async unpack(job: Job, bytes: ArrayBuffer) {
    const parser = this.deps.parser();
    const result = parser.unzip ? await parser.unzip(bytes) : { ok: false as const, code: 'crash' as const };
    if (!this.position.has(job.key)) return;
    if (!result.ok) {
      this.update(job.key, { status: 'failed', reading: undefined, failure: { code: result.code, detail: result.detail } });
      return;
    }
    const prefix = job.name + '/';
    const files = result.files.map((f) => ({ file: new Blob([f.bytes]), name: prefix + f.path }));
    const { items, jobs } = this.itemsFor(files, true);
    const refused: ImportItem[] = result.refused.map((r: ArchiveRefusal) => ({
      key: this.nextKey++,
      name: prefix + r.path,
      size: r.size,
      status: 'failed',
      include: true,
      failure: { code: r.code, limit: r.limit, detail: r.code === 'unsafe-path' ? r.path : undefined },
    }));
    this.total += refused.length;
    this.done += refused.length;
    // The archive itself leaves the list and the count; its files take its place.
    this.total--;
    const at = this.position.get(job.key)!;
    const next = this.items.slice();
    next.splice(at, 1, ...items, ...refused);
    this.setItems(next);
    this.queue.unshift(...jobs);
  }

  /** Stops reading: the file being read and the files not read yet are dropped from the list. */
  cancel(): void {
    const dropped = new Set(this.queue.map((j) => j.key));
    if (this.current !== null) {
      dropped.add(this.current);
      this.deps.parser().abort?.();
    }
    this.queue = [];
    this.total -= dropped.size;
    this.setItems(this.items.filter((it) => !dropped.has(it.key)));
  }

  /** Empties the list (not while reading). */
  clear(): void {
    if (this.running) return;
    this.storedKeySet = null;
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
    const edited = new Map(
      chosen.flatMap((it) => {
        const p = patchOf(it);
        return p && p.edited.length > 0 ? [[it.original!.id, p.edited] as const] : [];
      }),
    );
    this.saving = true;
    try {
      const result = await putImported(db, records, edited);
      const added = new Set(result.added);
      const chosenKeys = new Set(chosen.map((it) => it.key));
      const next = this.items.map((it) =>
        !chosenKeys.has(it.key)
          ? it
          : added.has(it.original!.id)
            ? { ...it, status: 'saved' as const }
            : { ...it, status: 'duplicate' as const, duplicateOf: 'db' as const },
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
