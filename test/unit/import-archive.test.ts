// @vitest-environment jsdom
// Issue 14: many files at once — folders, .zip archives, a thousand files — and the bad inputs of the
// issue, through the import session (the parser in-process instead of the worker) and the list of
// results as the page draws it, so each refusal's Russian message is checked where the user reads it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/svelte';
import { ImportSession } from '../../src/import/session.svelte';
import ImportResults from '../../src/import/ImportResults.svelte';
import { findCity, parseFile, unzipFile } from '../../src/import/parse-file';
import { extractText } from '../../src/import/extract';
import { droppedFiles } from '../../src/import/read-file';
import { unzipArchive } from '../../src/import/archive';
import { recordTextKey } from '../../src/import/text-key';
import { MAX_ZIP_TOTAL_BYTES, MAX_TEXT_FILE_BYTES } from '../../src/import/limits';
import type { Parser } from '../../src/import/worker-client';
import { allResolutions, ResolutionsDb } from '../../src/lib/store';
import { eventByFile, eventText } from './fixtures/formats/events';
import { deflatedZeros, makeZip } from './fixtures/zip-writer';
import { makePdf } from './fixtures/pdf-writer';
import { warmGazetteer } from '../helpers/warm';

beforeAll(() => warmGazetteer());

// (From the project folder: under jsdom, import.meta.url is not a file: URL.)
const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'test/unit/fixtures/formats', name)));
const inProcess: Parser = { parse: parseFile, city: async (name) => findCity(name), unzip: unzipFile };
const file = (name: string, content: string | Uint8Array, path?: string) => {
  const f = new File([content as BlobPart], name);
  // As an <input webkitdirectory> gives them: the path inside the picked folder.
  if (path) Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
};

let counter = 0;
const opened: ResolutionsDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function setup(parser: Parser = inProcess) {
  const db = new ResolutionsDb(`import-archive-${Date.now()}-${counter++}`);
  await db.open();
  opened.push(db);
  let stored: Awaited<ReturnType<typeof allResolutions>> = [];
  const refresh = async () => (stored = await allResolutions(db));
  const session = new ImportSession({
    parser: () => parser,
    db: () => db,
    knownShas: () => stored.map((r) => r.source.sha256),
    knownKeys: () => stored.map(recordTextKey),
  });
  return { db, session, refresh };
}

async function finished(session: ImportSession) {
  await vi.waitFor(() => expect(session.running).toBe(false), { timeout: 25_000, interval: 20 });
}
const byName = (session: ImportSession, name: string) => {
  const it = session.items.find((i) => i.name === name);
  if (!it) throw new Error(`no item ${name} among ${session.items.map((i) => i.name).join(', ')}`);
  return it;
};
/** The result line the page shows for a file. */
function shown(session: ImportSession, name: string): string {
  const { container, unmount } = render(ImportResults, { props: { session } });
  const li = [...container.querySelectorAll('li')].find((l) => l.getAttribute('data-file') === name);
  const text = li?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no line for ${name})`;
  unmount();
  return text;
}

describe('a .zip of documents', () => {
  it('its files are listed by their path and read; unsupported, nested, unsafe and encrypted entries are listed with their reason; system files skipped', async () => {
    const { session } = await setup();
    const zip = makeZip([
      { name: 'Резолюции/tomsk.pdf', data: fixture('tomsk.pdf') },
      { name: 'Резолюции/2022/vologda.doc', data: fixture('vologda.doc') },
      { name: 'Резолюции/таблица.xlsx', data: 'PK not really' },
      { name: 'Резолюции/ещё.zip', data: makeZip([{ name: 'a.txt', data: 'x' }]) },
      { name: '../../etc/evil.txt', data: 'Резолюция' },
      { name: 'Резолюции/секрет.txt', data: 'Резолюция', encrypted: true },
      { name: '__MACOSX/Резолюции/._tomsk.pdf', data: 'resource fork' },
      { name: 'Резолюции/.DS_Store', data: 'finder' },
      { name: 'Резолюции/', data: '' },
    ]);
    session.add([file('папка.zip', zip)]);
    await finished(session);
    expect(session.items.map((i) => i.name)).toEqual([
      'папка.zip/Резолюции/tomsk.pdf',
      'папка.zip/Резолюции/2022/vologda.doc',
      'папка.zip/Резолюции/таблица.xlsx',
      'папка.zip/Резолюции/ещё.zip',
      'папка.zip/../../etc/evil.txt',
      'папка.zip/Резолюции/секрет.txt',
    ]);
    expect(session.total).toBe(6);
    expect(session.done).toBe(6);
    const pdf = byName(session, 'папка.zip/Резолюции/tomsk.pdf');
    expect(pdf.status).toBe('ready');
    expect(pdf.original?.participants.total).toBe(86);
    expect(pdf.original?.source.file).toBe('папка.zip/Резолюции/tomsk.pdf');
    expect(byName(session, 'папка.zip/Резолюции/2022/vologda.doc').original?.participants.total).toBe(140);
    expect(shown(session, 'папка.zip/Резолюции/таблица.xlsx')).toContain('Этот формат не поддерживается');
    expect(shown(session, 'папка.zip/Резолюции/ещё.zip')).toContain('не принят: Архив внутри архива: распакуйте его и добавьте отдельно');
    expect(shown(session, 'папка.zip/../../etc/evil.txt')).toContain(
      'Небезопасный путь в архиве: «../../etc/evil.txt» указывает за его пределы — файл не принят',
    );
    expect(shown(session, 'папка.zip/Резолюции/секрет.txt')).toContain('Файл в архиве защищён паролем');
    expect(session.counts).toMatchObject({ ready: 2, failed: 4 });
  });

  it('a zip bomb whose headers lie (entries claim 1 KB, inflate to 5 MB each, 313 MB in all) is stopped at the limit: nothing imported', async () => {
    const payload = deflatedZeros(4.9);
    const entries = Array.from({ length: 64 }, (_, i) => ({ name: `доклад-${i}.txt`, raw: payload, declaredSize: 1024 }));
    const zip = makeZip(entries);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = unzipArchive(zip);
    expect(result).toMatchObject({ ok: false, code: 'zip-bomb' });
    // Inflating stopped one step past the limit (the output is counted, not kept), not at the end.
    expect(Number((result as { detail: string }).detail)).toBeGreaterThan(MAX_ZIP_TOTAL_BYTES);
    expect(Number((result as { detail: string }).detail)).toBeLessThan(MAX_ZIP_TOTAL_BYTES + 6 * 1024 * 1024);

    const { session } = await setup();
    session.add([file('бомба.zip', zip)]);
    await finished(session);
    expect(session.items).toHaveLength(1);
    const line = shown(session, 'бомба.zip');
    expect(line).toMatch(
      /не принят: Файл распаковывается в 30\d,\d МБ и больше — похоже на «zip-бомбу». Распаковка остановлена на пределе, из файла ничего не добавлено/,
    );
  });

  it('an honest archive that declares more than the limit is refused unread', () => {
    const zip = makeZip([
      { name: 'a.txt', raw: deflatedZeros(0.1), declaredSize: 0xfffffff0 },
      { name: 'b.txt', data: 'x' },
    ]);
    expect(unzipArchive(zip)).toEqual({ ok: false, code: 'zip-bomb', detail: String(0xfffffff0 + 1) });
  });

  it('one entry that lies about its size stops at its format limit; the others are imported', async () => {
    const zip = makeZip([
      { name: 'огромный.txt', raw: deflatedZeros(6), declaredSize: 2048 },
      { name: 'иркутск.txt', data: eventText(eventByFile('irkutsk.txt')) },
    ]);
    const { session } = await setup();
    session.add([file('смесь.zip', zip)]);
    await finished(session);
    expect(byName(session, 'смесь.zip/огромный.txt').failure).toEqual({ code: 'too-big', limit: MAX_TEXT_FILE_BYTES, detail: undefined });
    expect(shown(session, 'смесь.zip/огромный.txt')).toContain('Файл слишком большой');
    expect(byName(session, 'смесь.zip/иркутск.txt').original?.participants.total).toBe(97);
  });

  it('a damaged archive, and an empty one, each get their message', async () => {
    const good = makeZip([{ name: 'a.txt', data: eventText(eventByFile('irkutsk.txt')) }]);
    const { session } = await setup();
    session.add([file('обрезан.zip', good.subarray(0, good.length - 30)), file('пустой.zip', makeZip([]))]);
    await finished(session);
    expect(shown(session, 'обрезан.zip')).toContain('Архив .zip повреждён или обрезан и не распаковывается');
    expect(shown(session, 'пустой.zip')).toContain('В архиве нет файлов');
  });
});

describe('a .docx or .odt zip bomb', () => {
  it('a .docx whose XML inflates past 64 MB is refused before mammoth unpacks it', async () => {
    const payload = deflatedZeros(4.9);
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      ...Array.from({ length: 14 }, (_, i) => ({ name: `word/part${i}.xml`, raw: payload, declaredSize: 100 })),
    ]);
    expect(await extractText('docx', bomb)).toMatchObject({ ok: false, code: 'zip-bomb' });
    const good = await extractText('docx', fixture('kaluga.docx'));
    expect(good.ok && good.text).toContain('в Калуге состоялся');
  });

  it('an .odt whose content.xml inflates past its limit is refused the same way', async () => {
    const odt = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'content.xml', raw: deflatedZeros(65), declaredSize: 4096 },
    ]);
    expect(await extractText('odt', odt)).toMatchObject({ ok: false, code: 'zip-bomb' });
  });
});

describe('a folder', () => {
  it('a thousand files picked as a folder: each listed by its path, unsupported ones with their reason, all read', async () => {
    const { session } = await setup();
    const files = Array.from({ length: 1000 }, (_, i) => {
      const n = String(i).padStart(4, '0');
      if (i % 100 === 99) return file(`фото-${n}.jpg`, 'jpeg', `Архив/${Math.floor(i / 250)}/фото-${n}.jpg`);
      return file(
        `r-${n}.txt`,
        `Резолюция семинара № ${i}. 12 марта 2020 г. в Иркутске прошёл семинар, в нём приняли участие ${i + 1} человек.`,
        `Архив/${Math.floor(i / 250)}/r-${n}.txt`,
      );
    });
    const started = performance.now();
    session.add(files);
    const addMs = performance.now() - started;
    await finished(session);
    expect(session.items).toHaveLength(1000);
    expect(session.done).toBe(1000);
    expect(session.total).toBe(1000);
    expect(session.items[0].name).toBe('Архив/0/r-0000.txt');
    expect(session.items[999].name).toBe('Архив/3/фото-0999.jpg');
    expect(session.counts).toMatchObject({ ready: 990, failed: 10 });
    expect(byName(session, 'Архив/1/r-0300.txt').original?.participants.total).toBe(301);
    expect(shown(session, 'Архив/0/фото-0099.jpg')).toContain('Этот формат не поддерживается');
    console.info(`1 000 files: add() took ${Math.round(addMs)} ms`);
  });

  it('a thousand files are listed in parts, a hundred lines a task, so that the page never stops for the whole list', async () => {
    const { session } = await setup();
    session.add(
      Array.from({ length: 1000 }, (_, i) => file(`r-${String(i).padStart(4, '0')}.txt`, `Семинар № ${i} прошёл 12 марта 2020 г.`)),
    );
    const { container, unmount } = render(ImportResults, { props: { session } });
    const lines = () => [...container.querySelectorAll('li[data-file]')].map((li) => li.getAttribute('data-file'));
    expect(lines()).toEqual(Array.from({ length: 100 }, (_, i) => `r-${String(i).padStart(4, '0')}.txt`));
    await vi.waitFor(() => expect(lines()).toHaveLength(1000), { timeout: 20_000, interval: 20 });
    expect(lines()[999]).toBe('r-0999.txt');
    await finished(session);
    unmount();
  });
});

describe('a dropped folder', () => {
  it('is walked with its subfolders (listings come in batches); files are named by their path; hidden files skipped', async () => {
    const fileEntry = (path: string) => ({
      name: path.split('/').pop()!,
      isFile: true,
      isDirectory: false,
      fullPath: path,
      file: (ok: (f: File) => void) => ok(new File(['x'], path.split('/').pop()!)),
    });
    const dirEntry = (path: string, batches: object[][]) => ({
      name: path.split('/').pop()!,
      isFile: false,
      isDirectory: true,
      fullPath: path,
      createReader: () => ({ readEntries: (ok: (b: object[]) => void) => ok(batches.shift() ?? []) }),
    });
    const folder = dirEntry('/Резолюции', [
      [fileEntry('/Резолюции/томск.pdf'), fileEntry('/Резолюции/.DS_Store')],
      [dirEntry('/Резолюции/2022', [[fileEntry('/Резолюции/2022/вологда.doc')]])],
    ]);
    const loose = fileEntry('/отдельный.txt');
    const dt = {
      items: [folder, loose].map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
      files: [],
    } as unknown as DataTransfer;
    const files = await droppedFiles(dt);
    expect(files.map((f) => f.name)).toEqual(['Резолюции/томск.pdf', 'Резолюции/2022/вологда.doc', 'отдельный.txt']);
    expect(await files[0].text()).toBe('x');
  });
});

describe('duplicates on the normalised text', () => {
  it('the same resolution as PDF and as .docx in one import: the second is "уже есть"; after saving, again from the store', async () => {
    const { session, refresh } = await setup();
    await refresh();
    session.add([
      file('tomsk.pdf', fixture('tomsk.pdf')),
      file('tomsk.docx', fixture('tomsk.docx')),
      file('tambov.pdf', fixture('tambov.pdf')),
    ]);
    await finished(session);
    expect(byName(session, 'tomsk.pdf').status).toBe('ready');
    expect(byName(session, 'tomsk.docx')).toMatchObject({ status: 'duplicate', duplicateOf: 'batch' });
    expect(byName(session, 'tambov.pdf').status).toBe('ready');
    expect(shown(session, 'tomsk.docx')).toContain('уже есть: тот же текст в другом файле этого набора');
    expect(await session.save()).toEqual({ ok: true, saved: 2, duplicates: 0 });

    await refresh();
    session.clear();
    session.add([file('копия.docx', fixture('tomsk.docx'))]);
    await finished(session);
    expect(byName(session, 'копия.docx')).toMatchObject({ status: 'duplicate', duplicateOf: 'db' });
  });
});

describe('misnamed files and notes', () => {
  it('a .doc that is really a web page is read, and its line says so', async () => {
    const html = `<html><body>${eventText(eventByFile('vologda.doc'))
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const { session } = await setup();
    session.add([file('решение.doc', html)]);
    await finished(session);
    expect(byName(session, 'решение.doc').original?.participants.total).toBe(140);
    expect(shown(session, 'решение.doc')).toContain(
      'готов к сохранению · по содержимому это веб-страница (HTML), а не .doc — прочитан как есть',
    );
  });

  it('a "PDF" that is a PNG, a scan, an encrypted and a truncated PDF: each refused with its message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const whole = fixture('tomsk.pdf');
    const { session } = await setup();
    session.add([
      file('фото.pdf', png),
      file('скан.pdf', makePdf([{ scan: true }])),
      file('secret.pdf', fixture('secret.pdf')),
      file('обрезан.pdf', whole.subarray(0, whole.length >> 1)),
    ]);
    await finished(session);
    expect(shown(session, 'фото.pdf')).toContain(
      'Файл назван .pdf, но по содержимому это изображение PNG: текст из картинки не извлекается',
    );
    expect(shown(session, 'скан.pdf')).toContain('В PDF нет текста — это скан (страницы-картинки). Сначала распознайте текст (OCR');
    expect(shown(session, 'secret.pdf')).toContain('PDF защищён паролем, и его текст не прочитать');
    expect(shown(session, 'обрезан.pdf')).toContain('PDF обрезан: файл скачан или скопирован не полностью');
    expect(session.counts).toMatchObject({ failed: 4, ready: 0 });
  });
});

describe('progress and stop', () => {
  it('the file being read shows its pages; "Остановить" ends it (the parser is told) and drops it and the rest', async () => {
    let release: (() => void) | null = null;
    let reportProgress: ((done: number, total: number) => void) | undefined;
    const aborted = vi.fn();
    const slow: Parser = {
      parse: (_name, _kind, _bytes, onProgress) =>
        new Promise((resolve) => {
          reportProgress = onProgress;
          release = () => resolve({ ok: false, code: 'crash' });
        }),
      city: async () => null,
      abort: () => {
        aborted();
        release?.();
      },
    };
    const { session } = await setup(slow);
    session.add([file('сборник.pdf', '%PDF-1.7'), file('второй.pdf', '%PDF-1.7'), file('третий.txt', 'x')]);
    await vi.waitFor(() => expect(reportProgress).toBeTypeOf('function'));
    reportProgress!(12, 300);
    expect(byName(session, 'сборник.pdf').reading).toEqual({ done: 12, total: 300 });
    expect(shown(session, 'сборник.pdf')).toContain('читается: страница 12 из 300');
    expect(shown(session, 'второй.pdf')).toContain('в очереди');
    session.cancel();
    await finished(session);
    expect(aborted).toHaveBeenCalledTimes(1);
    expect(session.items).toEqual([]);
    expect(session.total).toBe(0);
    expect(session.done).toBe(0);
  });
});
