import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import type { Dataset, Resolution } from '../../src/lib/types';
import {
  ResolutionsDb,
  openDb,
  seedFromBundle,
  putImported,
  updateResolution,
  deleteResolution,
  restoreDeleted,
  exportBackup,
  importBackup,
  describeStoreError,
  onStoreNotice,
  allResolutions,
  allPlaces,
  allRecommendations,
  recommendationsByTheme,
  placesInRegion,
  allThemes,
  bundledVersion,
  STORE_MESSAGES,
  SCHEMA_V1,
  LEGACY_EDIT,
  type StoreNotice,
  type ResolutionRowV1,
} from '../../src/lib/store';
import { makeResolution, makeResolutions } from './fixtures/resolution';

let counter = 0;
const freshName = () => `store-test-${Date.now()}-${counter++}`;
const opened: Dexie[] = [];
async function freshDb(): Promise<ResolutionsDb> {
  const db = await openDb(freshName());
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const dataset = (version: string, resolutions: Resolution[]): Dataset => ({ version, resolutions });
/** The backup minus its timestamp: what "the database is unchanged" compares. */
async function snapshot(db: ResolutionsDb) {
  const { exportedAt: _, ...rest } = await exportBackup(db);
  return { ...rest, places: await allPlaces(db), recommendations: await allRecommendations(db) };
}

/** Counts mutations reaching IndexedDB; must be installed before open. */
function countWrites(db: Dexie): { count: number; failOn?: string } {
  const state: { count: number; failOn?: string } = { count: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            state.count++;
            if (state.failOn === name) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return state;
}

describe('seeding from the bundle', () => {
  it('first load writes every resolution with its places and recommendations rows', async () => {
    const db = await freshDb();
    const docs = makeResolutions(3);
    docs[1] = makeResolution({
      seed: 'x',
      city: 'Иркутск',
      regionCode: 'RU-IRK',
      recommendations: [{ text: 'Читать вслух детям.', themes: ['reading'] }],
    });
    const result = await seedFromBundle(db, dataset('v1', docs), [
      { id: 'reading', ru: 'Чтение', en: 'Reading', stems: ['чтен'] } as never,
    ]);

    expect(result).toMatchObject({ changed: true, added: 3, replaced: 0, removed: 0 });
    const rows = await allResolutions(db);
    expect(rows.map((r) => r.id).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(rows.every((r) => r.origin === 'bundled' && r.edited.length === 0)).toBe(true);
    expect(await allPlaces(db)).toHaveLength(3);
    expect(await allRecommendations(db)).toHaveLength(2 + 1 + 2);
    expect((await placesInRegion(db, 'RU-IRK')).map((p) => [p.resolutionId, p.index, p.name])).toEqual([[docs[1].id, 0, 'Иркутск']]);
    expect((await recommendationsByTheme(db, 'reading')).map((r) => r.resolutionId).sort()).toEqual(
      [docs[0].id, docs[1].id, docs[2].id].sort(),
    );
    expect(await allThemes(db)).toEqual([{ id: 'reading', ru: 'Чтение', en: 'Reading' }]);
    expect(await bundledVersion(db)).toBe('v1');
    const stored = rows.find((r) => r.id === docs[0].id)!;
    const { origin, edited, addedAt, updatedAt, ...record } = stored;
    expect(record).toEqual(docs[0]);
  });

  it('the same version twice writes nothing', async () => {
    const name = freshName();
    const db = new ResolutionsDb(name);
    opened.push(db);
    const writes = countWrites(db);
    await db.open();
    const data = dataset('v1', makeResolutions(2));
    await seedFromBundle(db, data);
    const before = await snapshot(db);
    const afterFirst = writes.count;
    expect(afterFirst).toBeGreaterThan(0);

    const second = await seedFromBundle(db, data);
    expect(second.changed).toBe(false);
    expect(writes.count).toBe(afterFirst);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a new version replaces bundled documents and keeps imported and edited ones', async () => {
    const db = await freshDb();
    const [keep, edit, drop, remain] = makeResolutions(4, 'bundled');
    await seedFromBundle(db, dataset('v1', [keep, edit, drop, remain]));
    const imported = makeResolution({ seed: 'imported' });
    await putImported(db, [imported]);
    await updateResolution(db, edit.id, { title: 'Исправлено вручную' }, ['title']);
    const editedRowBefore = (await allResolutions(db)).find((r) => r.id === edit.id)!;

    const fresh = makeResolution({ seed: 'new-in-v2' });
    const improvedKeep = { ...keep, title: 'Заголовок из нового разбора' };
    const improvedEdit = { ...edit, title: 'Новый заголовок парсера', organizer: 'РБА' };
    // The new bundle also carries the imported text: the user's imported copy wins.
    const result = await seedFromBundle(db, dataset('v2', [improvedKeep, improvedEdit, remain, fresh, imported]));

    expect(result).toMatchObject({ changed: true, added: 1, replaced: 2, removed: 1, keptEdited: 1, skippedImported: 1 });
    const byId = new Map((await allResolutions(db)).map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([keep.id, edit.id, remain.id, fresh.id, imported.id].sort());
    expect(byId.get(keep.id)!.title).toBe('Заголовок из нового разбора');
    expect(byId.get(edit.id)).toEqual(editedRowBefore);
    expect(byId.get(edit.id)!.title).toBe('Исправлено вручную');
    expect(byId.get(imported.id)!.origin).toBe('imported');
    expect(byId.has(drop.id)).toBe(false);
    expect((await allPlaces(db)).some((p) => p.resolutionId === drop.id)).toBe(false);
    expect((await allRecommendations(db)).some((r) => r.resolutionId === drop.id)).toBe(false);
    expect(await allPlaces(db)).toHaveLength(5);
    expect(await bundledVersion(db)).toBe('v2');
  });
});

describe('imported documents', () => {
  it('recognises the same text (sha256) and stores it once', async () => {
    const db = await freshDb();
    const bundled = makeResolution({ seed: 'b' });
    await seedFromBundle(db, dataset('v1', [bundled]));
    const a = makeResolution({ seed: 'a' });
    const c = makeResolution({ seed: 'c' });
    expect(await putImported(db, [a])).toEqual({ added: [a.id], duplicates: [] });

    // Same text under another id (e.g. another file name and a buggy id) is still a duplicate.
    const aAgain = { ...a, id: 'r-0000000000000000', source: { ...a.source, file: 'copy.txt' } };
    const result = await putImported(db, [a, aAgain, c, c, bundled]);
    expect(result.added).toEqual([c.id]);
    expect(result.duplicates).toEqual([a.id, aAgain.id, c.id, bundled.id]);
    const rows = await allResolutions(db);
    expect(rows).toHaveLength(3);
    expect(
      rows
        .filter((r) => r.origin === 'imported')
        .map((r) => r.id)
        .sort(),
    ).toEqual([a.id, c.id].sort());
    expect(await allPlaces(db)).toHaveLength(3);
  });

  it('updateResolution records edited fields and rebuilds derived rows', async () => {
    const db = await freshDb();
    const doc = makeResolution();
    await seedFromBundle(db, dataset('v1', [doc]));
    const place = { ...doc.places[0], name: 'Новокузнецк', role: 'origin' as const };
    const row = await updateResolution(db, doc.id, { places: [doc.places[0], place], title: 'Т' }, ['places', 'title']);
    await updateResolution(db, doc.id, { year: 2010 }, ['year', 'title']);

    const stored = (await allResolutions(db))[0];
    expect(row?.title).toBe('Т');
    expect(stored.edited).toEqual(['places', 'title', 'year']);
    expect(stored.year).toBe(2010);
    expect((await allPlaces(db)).map((p) => p.name)).toEqual(['Кемерово', 'Новокузнецк']);
    expect(await updateResolution(db, 'r-ffffffffffffffff', { year: 1 }, ['year'])).toBeUndefined();
  });

  it('delete returns the record, restore puts it back with its rows; a deleted bundled doc stays deleted on re-seed', async () => {
    const db = await freshDb();
    const [a, b] = makeResolutions(2);
    await seedFromBundle(db, dataset('v1', [a, b]));
    const before = await snapshot(db);

    const deleted = await deleteResolution(db, a.id);
    expect(deleted?.id).toBe(a.id);
    expect((await allResolutions(db)).map((r) => r.id)).toEqual([b.id]);
    expect((await allPlaces(db)).map((p) => p.resolutionId)).toEqual([b.id]);
    expect((await allRecommendations(db)).every((r) => r.resolutionId === b.id)).toBe(true);
    await seedFromBundle(db, dataset('v2', [a, b]));
    expect((await allResolutions(db)).map((r) => r.id)).toEqual([b.id]);

    await restoreDeleted(db, deleted!);
    const after = await snapshot(db);
    expect(after.resolutions.find((r) => r.id === a.id)).toEqual(before.resolutions.find((r) => r.id === a.id));
    expect(after.places).toHaveLength(2);
    expect(after.recommendations).toHaveLength(4);
    expect(after.deletedBundled).toEqual([]);
    expect(await deleteResolution(db, 'r-ffffffffffffffff')).toBeUndefined();
  });
});

describe('schema upgrade v1 → v2', () => {
  it('keeps every document and edit of a database made by version 1', async () => {
    const name = freshName();
    const [plain, edited] = makeResolutions(2, 'old');
    const imported = makeResolution({ seed: 'old-import' });
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const editedV1: ResolutionRowV1 = { ...edited, title: 'Правка пользователя', modified: true, savedAt: '2024-05-01T10:00:00.000Z' };
    await v1.table('resolutions').bulkAdd([plain, editedV1, { ...imported, imported: true }] satisfies ResolutionRowV1[]);
    await v1.table('meta').put({ key: 'bundledVersion', value: 'old-1' });
    v1.close();

    const db = await openDb(name);
    opened.push(db);
    expect(db.verno).toBe(2);
    const byId = new Map((await allResolutions(db)).map((r) => [r.id, r]));
    expect(byId.size).toBe(3);
    const { origin, edited: ed, addedAt, updatedAt, ...record } = byId.get(plain.id)!;
    expect(record).toEqual(plain);
    expect([origin, ed]).toEqual(['bundled', []]);
    expect(byId.get(edited.id)).toMatchObject({
      origin: 'bundled',
      edited: [LEGACY_EDIT],
      title: 'Правка пользователя',
      updatedAt: '2024-05-01T10:00:00.000Z',
    });
    expect('modified' in byId.get(edited.id)!).toBe(false);
    expect(byId.get(imported.id)).toMatchObject({ origin: 'imported', edited: [] });
    expect('imported' in byId.get(imported.id)!).toBe(false);
    expect(await allPlaces(db)).toHaveLength(3);
    expect(await allRecommendations(db)).toHaveLength(6);
    expect(await bundledVersion(db)).toBe('old-1');
    expect((await db.meta.get('schema'))?.value).toMatchObject({ version: 2, migratedFrom: 1 });

    // The next bundle keeps the user's edit and the imported document.
    await seedFromBundle(db, dataset('new-2', [plain, { ...edited, title: 'Из пакета' }]));
    const after = new Map((await allResolutions(db)).map((r) => [r.id, r]));
    expect(after.get(edited.id)!.title).toBe('Правка пользователя');
    expect(after.get(imported.id)!.origin).toBe('imported');
  });
});

describe('backup', () => {
  async function populated(): Promise<ResolutionsDb> {
    const db = await freshDb();
    const docs = makeResolutions(3, 'bk');
    await seedFromBundle(db, dataset('v7', docs), [{ id: 'digital', ru: 'Цифровизация', en: 'Digital' }]);
    await putImported(db, [makeResolution({ seed: 'bk-imported', city: 'Минск', regionCode: 'BY-HM' })]);
    await updateResolution(db, docs[0].id, { organizer: 'РНБ' }, ['organizer']);
    await deleteResolution(db, docs[2].id);
    return db;
  }

  it('round-trips: export → replace into a fresh database → the same database', async () => {
    const source = await populated();
    const backup = await exportBackup(source);
    expect(backup).toMatchObject({ format: 'resolutions-dashboard-backup', schemaVersion: 2, bundledVersion: 'v7' });
    expect(backup.resolutions.map((r) => r.origin).sort()).toEqual(['bundled', 'bundled', 'imported']);

    const target = await freshDb();
    await seedFromBundle(target, dataset('other', makeResolutions(2, 'gone')));
    // Through JSON text, as a file would travel.
    const result = await importBackup(target, JSON.stringify(backup), 'replace');
    expect(result).toEqual({ ok: true, counts: { written: 3, skipped: 0, themes: 1, total: 3 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('merge adds missing documents and keeps the newer copy', async () => {
    const source = await populated();
    const backup = await exportBackup(source);
    const target = await freshDb();
    const docs = makeResolutions(3, 'bk');
    await seedFromBundle(target, dataset('v7', docs));
    await updateResolution(target, docs[1].id, { organizer: 'Новее' }, ['organizer']);

    const result = await importBackup(target, backup, 'merge');
    expect(result).toEqual({ ok: true, counts: { written: 2, skipped: 1, themes: 1, total: 4 } });
    const byId = new Map((await allResolutions(target)).map((r) => [r.id, r]));
    expect(byId.get(docs[0].id)!.organizer).toBe('РНБ');
    expect(byId.get(docs[1].id)!.organizer).toBe('Новее');
    expect(byId.get(docs[2].id)).toBeDefined();
    expect(await allPlaces(target)).toHaveLength(4);
  });

  const valid = async () => JSON.parse(JSON.stringify(await exportBackup(await populated())));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the backup's JSON in its own way
  const cases: [string, (b: any) => unknown, RegExp][] = [
    ['foreign JSON object', () => ({ name: 'package', dependencies: {} }), /не резервная копия/],
    ['a JSON array', () => [1, 2, 3], /не резервная копия/],
    ['null', () => null, /не резервная копия/],
    ['the bundled data set', () => ({ version: 'v1', resolutions: [makeResolution()] }), /файл набора данных/],
    ['truncated text', (b) => JSON.stringify(b).slice(0, 500), /обрезан/],
    ['a newer schema', (b) => ({ ...b, schemaVersion: 3 }), /более новой версией/],
    [
      'a count as a string',
      (b) => {
        b.resolutions[0].participants.total = '600';
        return b;
      },
      /participants\.total/,
    ],
    [
      'a truncated record',
      (b) => {
        delete b.resolutions[1].text;
        return b;
      },
      /resolutions\.1\.text/,
    ],
    [
      'an unknown origin',
      (b) => {
        b.resolutions[0].origin = 'hacked';
        return b;
      },
      /origin/,
    ],
    [
      'a span outside the text',
      (b) => {
        b.resolutions[0].places[0].evidence.end = 10 ** 6;
        return b;
      },
      /за пределы текста/,
    ],
    [
      'a bad hash',
      (b) => {
        b.resolutions[0].source.sha256 = 'xyz';
        return b;
      },
      /source\.sha256/,
    ],
    [
      'a duplicated document',
      (b) => {
        b.resolutions.push(b.resolutions[0]);
        return b;
      },
      /повторяется/,
    ],
    [
      'an unknown place kind',
      (b) => {
        b.resolutions[2].places[0].kind = 'planet';
        return b;
      },
      /places\.0\.kind/,
    ],
  ];
  it.each(cases)('refuses %s with a Russian message and changes nothing', async (_, tamper, pattern) => {
    const db = await populated();
    const before = await snapshot(db);
    const file = tamper(await valid());
    for (const mode of ['replace', 'merge'] as const) {
      const result = await importBackup(db, file, mode);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(pattern);
      expect(result.message).toMatch(/Данные не изменены/);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure while writing rolls the whole restore back', async () => {
    const name = freshName();
    const db = new ResolutionsDb(name);
    opened.push(db);
    const writes = countWrites(db);
    await db.open();
    await seedFromBundle(db, dataset('v1', makeResolutions(2, 'keep')));
    const before = await snapshot(db);
    const file = await valid();

    writes.failOn = 'recommendations';
    const result = await importBackup(db, file, 'replace');
    writes.failOn = undefined;
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Недостаточно места/) });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('live queries', () => {
  it('allResolutions emits again after a write', async () => {
    const db = await freshDb();
    const seen: number[] = [];
    let notify: () => void = () => {};
    const sub = liveQuery(() => allResolutions(db)).subscribe({
      next: (rows) => {
        seen.push(rows.length);
        notify();
      },
      error: (e) => {
        throw e;
      },
    });
    const next = () =>
      new Promise<void>((resolve) => {
        notify = resolve;
      });
    await (seen.length ? Promise.resolve() : next());
    expect(seen).toEqual([0]);
    const emitted = next();
    await putImported(db, [makeResolution()]);
    await emitted;
    sub.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});

describe('errors and other tabs', () => {
  it('maps quota, unavailable storage and closed connections to Russian messages', async () => {
    expect(describeStoreError(new DOMException('quota', 'QuotaExceededError'))).toBe(STORE_MESSAGES.quota);
    expect(describeStoreError(new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')))).toMatch(/^Недостаточно места/);
    expect(describeStoreError(new Dexie.MissingAPIError())).toBe(STORE_MESSAGES.unavailable);
    expect(describeStoreError(new Error('boom'))).toBe(`${STORE_MESSAGES.unknown}: boom`);

    // Private mode: opening fails.
    const broken = {
      open: () => {
        throw new DOMException('denied', 'InvalidStateError');
      },
    };
    const err = await openDb(freshName(), { indexedDB: broken, IDBKeyRange: FakeKeyRange }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(describeStoreError(err)).toBe(STORE_MESSAGES.unavailable);

    const db = await freshDb();
    db.close();
    const closed = await allResolutions(db).catch((e: unknown) => e);
    expect(describeStoreError(closed)).toBe(STORE_MESSAGES.closed);
  });

  it('a newer version in another tab closes this connection and notifies', async () => {
    const name = freshName();
    const notices: StoreNotice[] = [];
    const off = onStoreNotice((n) => notices.push(n));
    const oldTab = await openDb(name);
    opened.push(oldTab);
    const newTab = new Dexie(name);
    newTab.version(3).stores({ resolutions: 'id', extra: 'id' });
    await newTab.open(); // would hang if the old tab kept its connection
    newTab.close();
    off();
    expect(notices.map((n) => [n.kind, n.dbName])).toEqual([['versionchange', name]]);
    expect(notices[0].message).toMatch(/Откройте страницу заново/);
    expect(oldTab.isOpen()).toBe(false);
    expect(describeStoreError(await allResolutions(oldTab).catch((e: unknown) => e))).toBe(STORE_MESSAGES.closed);
  });

  it('an upgrade blocked by an old connection notifies instead of waiting silently', async () => {
    const name = freshName();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // Dexie version 1 = IndexedDB version 10
      req.onupgradeneeded = () => {
        req.result.createObjectStore('resolutions', { keyPath: 'id' });
        req.result.createObjectStore('meta', { keyPath: 'key' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const notices: StoreNotice[] = [];
    const off = onStoreNotice((n) => {
      notices.push(n);
      old.close(); // the user closed the other tab
    });
    const db = await openDb(name);
    opened.push(db);
    off();
    expect(notices.map((n) => n.kind)).toEqual(['blocked']);
    expect(notices[0].message).toMatch(/закройте другие вкладки/);
    expect(db.verno).toBe(2);
  });
});
