// The import from files to the store, with the parser in-process instead of the worker: per-file
// results, duplicates ("уже есть"), bad files, the "no resolution" choice, corrections, storage full.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { ImportSession, recordOf } from '../../src/import/session.svelte';
import { findCity, parseFile } from '../../src/import/parse-file';
import type { Parser } from '../../src/import/worker-client';
import { formFromRecord } from '../../src/edit/patch';
import { allResolutions, getResolution, openDb, STORE_MESSAGES, type ResolutionsDb } from '../../src/lib/store';
import { encodeSingleByte, makeDocx, seed } from './fixtures/import-files';
import { warmGazetteer } from '../helpers/warm';

// The gazetteer's indexes are built on the first lookup: once here, not inside the first test's time.
beforeAll(() => warmGazetteer());

const inProcess: Parser = { parse: parseFile, city: async (name) => findCity(name) };
/** A seed-like text that is not one of the bundled seeds: its date moved to 2022. */
const seedLike = () => seed(0).replace('10 ноября 2021 года', '10 ноября 2022 года');

let counter = 0;
const opened: Dexie[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function setup(options: { failWrites?: () => boolean } = {}) {
  const db = new (await import('../../src/lib/store')).ResolutionsDb(`import-session-${Date.now()}-${counter++}`);
  if (options.failWrites) {
    const fail = options.failWrites;
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) => (fail() ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : table.mutate(req)),
          };
        },
      }),
    });
  }
  await db.open();
  opened.push(db);
  let shas = new Set<string>();
  const refresh = async () => (shas = new Set((await allResolutions(db)).map((r) => r.source.sha256)));
  const session = new ImportSession({ parser: () => inProcess, db: () => db, knownShas: () => shas });
  return { db, session, refresh };
}

const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);
async function finished(session: ImportSession) {
  await vi.waitFor(() => expect(session.running).toBe(false), { timeout: 20_000, interval: 20 });
}
const byName = (session: ImportSession, name: string) => session.items.find((it) => it.name === name)!;

describe('importing files', () => {
  it('a seed-like text in windows-1251 is read (995 participants), previewed, then saved once', async () => {
    const { db, session, refresh } = await setup();
    await refresh();
    session.add([file('резолюция.txt', encodeSingleByte(seedLike(), 'windows-1251'))]);
    expect(session.running).toBe(true);
    await finished(session);
    const item = byName(session, 'резолюция.txt');
    expect(item.status).toBe('ready');
    expect(item.encoding).toBe('windows-1251');
    expect(item.original?.participants.total).toBe(995);
    expect(item.original?.date.start).toBe('2022-11-10');
    expect(session.selectedKey).toBe(item.key); // the preview opens on the first ready file
    expect(await db.resolutions.count()).toBe(0); // nothing stored before confirming
    expect(session.counts.savable).toBe(1);

    expect(await session.save()).toEqual({ ok: true, saved: 1, duplicates: 0 });
    expect(byName(session, 'резолюция.txt').status).toBe('saved');
    const stored = await getResolution(db, item.original!.id);
    expect(stored).toMatchObject({ origin: 'imported', edited: [], participants: { total: 995 } });

    // The same text again, even from a UTF-8 file of another name: "уже есть", nothing to save.
    await refresh();
    session.add([file('копия.txt', seedLike())]);
    await finished(session);
    expect(byName(session, 'копия.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'db' });
    expect(session.counts.savable).toBe(0);
    expect(await db.resolutions.count()).toBe(1);
  });

  it('the same text twice in one import: the second is a duplicate of the first', async () => {
    const { session, refresh } = await setup();
    await refresh();
    session.add([file('a.txt', seedLike()), file('b.txt', seedLike())]);
    await finished(session);
    expect(byName(session, 'a.txt').status).toBe('ready');
    expect(byName(session, 'b.txt')).toMatchObject({ status: 'duplicate', duplicateOf: 'batch' });
  });

  it('bad files each get their reason; nothing is stored; good files still go through', async () => {
    const { db, session, refresh } = await setup();
    await refresh();
    const docx = await makeDocx(seedLike());
    const xss = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">\n' + seed(1);
    session.add([
      file('пустой.txt', ''),
      file('скан.pdf.txt', '%PDF-1.7\n1 0 obj'),
      file('фото.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])),
      new File([new Uint8Array(20 * 1024 * 1024)], 'большой.txt'),
      file('обрезанный.docx', docx.subarray(0, 300)),
      file('скрипты.txt', xss),
      file('рецепт.txt', 'Рецепт борща: свёкла, капуста, картофель. Варить два часа.'),
      file('хороший.docx', docx),
      file('скан.pdf', '%PDF'),
    ]);
    await finished(session);
    const failure = (name: string) => byName(session, name).failure;
    expect(failure('пустой.txt')).toEqual({ code: 'empty', limit: undefined });
    expect(failure('скан.pdf.txt')).toEqual({ code: 'decode', detail: 'Это не текст: похоже на документ PDF' });
    expect(failure('фото.txt')).toEqual({ code: 'decode', detail: 'Это не текст: похоже на изображение PNG' });
    expect(failure('большой.txt')).toEqual({ code: 'too-big', limit: 5 * 1024 * 1024 });
    expect(failure('обрезанный.docx')?.code).toBe('docx-broken');
    // Read as a PDF since issue 14: four bytes are a PDF cut short.
    expect(failure('скан.pdf')?.code).toBe('pdf-truncated');
    // Markup in a .txt is kept as text (the page shows it as text, never as HTML).
    expect(byName(session, 'скрипты.txt').original?.text.startsWith('<script>window.__xss = 1</script>')).toBe(true);
    expect(byName(session, 'хороший.docx').original?.participants.total).toBe(995);
    expect(session.counts).toMatchObject({ failed: 6, ready: 3, unrecognised: 1 });
    expect(await db.resolutions.count()).toBe(0);
  });

  it('a text with nothing recognised starts unticked: skipped unless the user keeps it, then saved with a warning', async () => {
    const { db, session, refresh } = await setup();
    await refresh();
    session.add([file('рецепт.txt', 'Рецепт борща: свёкла, капуста, картофель.'), file('резолюция.txt', seedLike())]);
    await finished(session);
    expect(byName(session, 'рецепт.txt').include).toBe(false);
    expect(byName(session, 'резолюция.txt').include).toBe(true);
    expect(session.counts.savable).toBe(1);
    expect(await session.save()).toEqual({ ok: true, saved: 1, duplicates: 0 });
    expect(byName(session, 'рецепт.txt').status).toBe('ready'); // not saved, still listed
    session.setInclude(byName(session, 'рецепт.txt').key, true);
    expect(await session.save()).toEqual({ ok: true, saved: 1, duplicates: 0 });
    const recipe = (await allResolutions(db)).find((r) => r.source.file === 'рецепт.txt')!;
    expect(recipe.warnings.map((w) => w.code)).toContain('no-resolution');
  });

  it('a correction made in the preview is saved and marked as edited by hand', async () => {
    const { db, session, refresh } = await setup();
    await refresh();
    session.add([file('резолюция.txt', seedLike())]);
    await finished(session);
    const item = byName(session, 'резолюция.txt');
    const form = formFromRecord(item.original!);
    form.counts.total = '1000';
    form.hostCity = 'Иркутск';
    form.hostCityPlace = findCity('Иркутск');
    session.setForm(item.key, form);
    expect(recordOf(byName(session, 'резолюция.txt'))?.participants.total).toBe(1000);
    await session.save();
    const stored = (await getResolution(db, item.original!.id))!;
    expect(stored.participants.total).toBe(1000);
    expect(stored.hostCity?.name).toBe('Иркутск');
    expect(stored.edited.sort()).toEqual(['hostCity', 'participants.total']);
    expect(stored.evidence['participants.total']).toEqual(item.original!.evidence['participants.total']);
  });

  it('a form with an error blocks that file until fixed', async () => {
    const { session, refresh } = await setup();
    await refresh();
    session.add([file('резолюция.txt', seedLike())]);
    await finished(session);
    const item = byName(session, 'резолюция.txt');
    session.setForm(item.key, { ...formFromRecord(item.original!), dateStart: '32.13.2021' });
    expect(session.counts).toMatchObject({ savable: 0, invalid: 1 });
  });

  it('storage full: a clear message, nothing stored, the files stay ready to retry', async () => {
    let full = false;
    const { db, session, refresh } = await setup({ failWrites: () => full });
    await refresh();
    session.add([file('резолюция.txt', seedLike())]);
    await finished(session);
    full = true;
    expect(await session.save()).toEqual({ ok: false, message: STORE_MESSAGES.quota });
    expect(byName(session, 'резолюция.txt').status).toBe('ready');
    full = false;
    expect(await db.resolutions.count()).toBe(0);
    expect(await session.save()).toMatchObject({ ok: true, saved: 1 });
  });

  it('a closed database (another tab upgraded it) is reported, not thrown', async () => {
    const { db, session, refresh } = await setup();
    await refresh();
    session.add([file('резолюция.txt', seedLike())]);
    await finished(session);
    db.close();
    expect(await session.save()).toEqual({ ok: false, message: STORE_MESSAGES.closed });
  });

  it('a thousand small files: one result each, in order, and a stop drops the rest', async () => {
    const { session, refresh } = await setup();
    await refresh();
    // Like the worker: each answer arrives as a message (a macrotask), so the page gets a turn in between.
    const slow: Parser = { parse: (...a) => new Promise((r) => setTimeout(() => r(parseFile(...a)), 0)), city: async () => null };
    (session as unknown as { deps: { parser: () => Parser } }).deps.parser = () => slow;
    const files = Array.from({ length: 1000 }, (_, i) =>
      file(`f${String(i).padStart(4, '0')}.txt`, `Резолюция семинара № ${i}. 12 марта 2020 г., Иркутск. Участников ${i + 1}.`),
    );
    session.add(files);
    await vi.waitFor(() => expect(session.done).toBeGreaterThanOrEqual(20), { timeout: 20_000, interval: 5 });
    session.cancel();
    await finished(session);
    const n = session.items.length;
    expect(n).toBeLessThan(1000);
    expect(session.total).toBe(n);
    expect(session.items.every((it) => it.status === 'ready')).toBe(true);

    session.clear();
    session.add(files.slice(0, 1000));
    await finished(session);
    expect(session.items).toHaveLength(1000);
    expect(session.done).toBe(1000);
    expect(session.items.map((it) => it.name)).toEqual(files.map((f) => f.name));
    expect(new Set(session.items.map((it) => it.original?.id)).size).toBe(1000);
    expect(session.items.every((it) => it.status === 'ready')).toBe(true);
  }, 60_000);

  it('a parser failure (worker crashed or timed out) fails that file only', async () => {
    const { session, refresh } = await setup();
    await refresh();
    let calls = 0;
    const flaky: Parser = {
      parse: async (...args) => (++calls === 1 ? { ok: false, code: 'timeout' } : parseFile(...args)),
      city: async () => null,
    };
    (session as unknown as { deps: { parser: () => Parser } }).deps.parser = () => flaky;
    session.add([file('a.txt', 'Резолюция. 1 марта 2020 г.'), file('b.txt', seedLike())]);
    await finished(session);
    expect(byName(session, 'a.txt')).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(byName(session, 'b.txt').status).toBe('ready');
  });
});

describe('opening the store', () => {
  it("openDb is the app's way in (a smoke check that fake-indexeddb is active here)", async () => {
    const db: ResolutionsDb = await openDb(`import-open-${Date.now()}`);
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});
