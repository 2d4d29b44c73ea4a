// A backup is checked as strictly as an import: id and hash recomputed from the text, real calendar
// dates, years and counts within bounds, every quote equal to the text it points at, the text limit.
// A bad file is refused naming its first bad record and field, and the store is left as it was.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Dataset, Resolution } from '../../src/lib/types';
import {
  openDb,
  seedFromBundle,
  putImported,
  updateResolution,
  exportBackup,
  importBackup,
  parseBackup,
  allPlaces,
  allRecommendations,
  type ResolutionsDb,
} from '../../src/lib/store';
import { MAX_COUNT, MAX_TEXT_CHARS } from '../../src/lib/limits';
import { makeResolution, makeResolutions } from './fixtures/resolution';

let counter = 0;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function populated(): Promise<ResolutionsDb> {
  const db = await openDb(`backup-strict-${Date.now()}-${counter++}`);
  opened.push(db);
  const dataset: Dataset = { version: 'v1', resolutions: makeResolutions(3, 'strict') };
  await seedFromBundle(db, dataset, [{ id: 'digital', ru: 'Цифровизация', en: 'Digital' }]);
  await putImported(db, [makeResolution({ seed: 'strict-imported', city: 'Минск', regionCode: 'BY-HM' })]);
  await updateResolution(db, dataset.resolutions[0].id, { organizer: 'РНБ' }, ['organizer']);
  return db;
}
async function snapshot(db: ResolutionsDb) {
  const { exportedAt: _, ...rest } = await exportBackup(db);
  return { ...rest, places: await allPlaces(db), recommendations: await allRecommendations(db) };
}

type R = Resolution & { origin: string };
const cases: [string, (b: { resolutions: R[] }) => void, RegExp][] = [
  [
    'a text over the limit',
    (b) => {
      b.resolutions[1].text = 'а'.repeat(MAX_TEXT_CHARS + 1);
    },
    /документ 2 .*поле «resolutions\.1\.text»: текст длиннее 3 000 000 символов/,
  ],
  [
    'a text changed after its hash',
    (b) => {
      b.resolutions[1].text = b.resolutions[1].text.replace('Резолюция', 'Резолюцыя');
    },
    /поле «resolutions\.1\.source\.sha256»: не совпадает с текстом/,
  ],
  [
    'a hash of another text',
    (b) => {
      b.resolutions[0].source.sha256 = 'a'.repeat(64);
    },
    /поле «resolutions\.0\.source\.sha256»: не совпадает с текстом/,
  ],
  [
    'an id not made from the text',
    (b) => {
      b.resolutions[2].id = 'r-0123456789abcdef';
    },
    /поле «resolutions\.2\.id»: не совпадает с текстом/,
  ],
  [
    'a wrong character count',
    (b) => {
      b.resolutions[0].source.chars += 1;
    },
    /поле «resolutions\.0\.source\.chars»/,
  ],
  [
    'the date 2021-13-45',
    (b) => {
      b.resolutions[1].date.start = '2021-13-45';
    },
    /поле «resolutions\.1\.date\.start»: такой даты нет/,
  ],
  [
    'the date 2021-02-29',
    (b) => {
      b.resolutions[0].date.end = '2021-02-29';
    },
    /поле «resolutions\.0\.date\.end»: такой даты нет/,
  ],
  [
    'the month 2021-00',
    (b) => {
      b.resolutions[0].date.start = '2021-00';
    },
    /поле «resolutions\.0\.date\.start»: такой даты нет/,
  ],
  [
    'a date in year 9999',
    (b) => {
      b.resolutions[0].date.start = '9999-01-01';
    },
    /поле «resolutions\.0\.date\.start»: год вне 1800–2100/,
  ],
  [
    'the year 1e15',
    (b) => {
      b.resolutions[2].year = 1e15;
    },
    /поле «resolutions\.2\.year»: год вне 1800–2100/,
  ],
  [
    'a count of 2^53 + 10',
    (b) => {
      b.resolutions[0].participants.total = 2 ** 53 + 10;
    },
    /поле «resolutions\.0\.participants\.total»: больше 999 999 999/,
  ],
  [
    'a count just over the bound',
    (b) => {
      b.resolutions[3].participants.online = MAX_COUNT + 1;
    },
    /поле «resolutions\.3\.participants\.online»/,
  ],
  [
    'a quote not at its offsets',
    (b) => {
      b.resolutions[1].evidence.title!.quote = 'Подделка';
    },
    /поле «resolutions\.1\.evidence\.title»: цитата не совпадает с текстом/,
  ],
  [
    'a place quote shifted by one',
    (b) => {
      const e = b.resolutions[0].places[0].evidence;
      e.start += 1;
      e.end += 1;
    },
    /поле «resolutions\.0\.places\.0\.evidence»: цитата не совпадает/,
  ],
  [
    'a host city quote changed',
    (b) => {
      b.resolutions[0].hostCity!.evidence.quote = 'Москва';
    },
    /поле «resolutions\.0\.hostCity\.evidence»/,
  ],
  [
    'a recommendation quote moved',
    (b) => {
      b.resolutions[2].recommendations[1].evidence.start -= 2;
    },
    /поле «resolutions\.2\.recommendations\.1\.evidence»/,
  ],
];

describe('restore checks a backup as strictly as an import', () => {
  it.each(cases)('refuses %s, naming the record and the field, and changes nothing', async (_, tamper, pattern) => {
    const db = await populated();
    const before = await snapshot(db);
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    tamper(file);
    for (const mode of ['replace', 'merge'] as const) {
      const result = await importBackup(db, JSON.stringify(file), mode);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(/^Файл резервной копии повреждён или изменён: /);
      expect(result.message).toMatch(pattern);
      expect(result.message).toMatch(/Данные не изменены\.$/);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the first bad record, with its file name', async () => {
    const db = await populated();
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    file.resolutions[3].year = 1e15;
    file.resolutions[1].date.start = '2021-13-45';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`документ 2 из 4 («${file.resolutions[1].source.file}»), поле «resolutions.1.date.start»`);
  });

  it('still takes an honest backup: ISO dates by month or year only, empty counts, edited fields', async () => {
    const db = await populated();
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    file.resolutions[0].date = { start: '2020-02', end: '2020' };
    file.resolutions[1].date = { start: '2020-02-29', end: null };
    file.resolutions[2].participants.views = MAX_COUNT;
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    const result = await importBackup(db, file, 'replace');
    expect(result).toEqual({ ok: true, counts: { written: 4, skipped: 0, themes: 1, total: 4 } });
  });
});

describe('a backup file, as the page reads it', () => {
  it('is refused unread over the size limit, and otherwise checked as by the store', async () => {
    const { checkBackupFile } = await import('../../src/backup/check-client');
    const db = await populated();
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    const good = await checkBackupFile(new Blob([JSON.stringify(file)]));
    expect(good.ok && good.backup.resolutions.map((r) => r.id)).toEqual(file.resolutions.map((r: R) => r.id));
    file.resolutions[0].year = 1e15;
    const bad = await checkBackupFile(new Blob([JSON.stringify(file)]));
    expect(bad).toEqual({ ok: false, reason: 'invalid', message: expect.stringMatching(/поле «resolutions\.0\.year»: год вне 1800–2100/) });
    const huge = { size: 201 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await checkBackupFile(huge)).toEqual({ ok: false, reason: 'too-big' });
  });
});
