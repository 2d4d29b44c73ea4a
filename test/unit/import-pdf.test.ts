// Issue 14: PDF text in reading order, and every way a PDF can go wrong. The PDFs are written here
// (fixtures/pdf-writer.ts) so each test places its text exactly: two columns, running headers and
// page numbers, hyphenated line ends, scanned pages, 300 pages, an /Encrypt dictionary; plus the
// LibreOffice PDFs of fixtures/formats (a real password-protected one among them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractText } from '../../src/import/extract';
import { pdfToText } from '../../src/import/formats/pdf';
import { parseFile } from '../../src/import/parse-file';
import { MAX_PDF_PAGES } from '../../src/import/limits';
import { makePdf, typeset, PAGE_H, type PdfPage } from './fixtures/pdf-writer';
import { eventByFile, eventText } from './fixtures/formats/events';
import { warmGazetteer } from '../helpers/warm';

beforeAll(() => warmGazetteer());

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url))));

async function textOf(pages: PdfPage[]): Promise<string> {
  const r = await pdfToText(makePdf(pages));
  if (!r.ok) throw new Error(r.code);
  return r.text;
}

const LEFT = [
  'Участники конференции отметили, что библиотеки области за три года открыли двенадцать модельных читальных залов и провели более четырёхсот встреч с жителями.',
  'Особое внимание уделено работе с подростками и людьми старшего возраста.',
];
const RIGHT = [
  'Участники конференции рекомендуют органам местного самоуправления сохранить сеть сельских библиотек и предусмотреть средства на обновление фондов.',
];

describe('reading order', () => {
  it('two columns are read left column first, then right, never line by line across; a full-width title first', async () => {
    const title = { x: 160, y: 780, text: 'РЕЗОЛЮЦИЯ КОНФЕРЕНЦИИ', size: 14 };
    const left = typeset(LEFT, { x: 50, top: 740, width: 230, indent: 15 });
    const right = typeset(RIGHT, { x: 315, top: 740, width: 230, indent: 15 });
    expect(left.length).toBeGreaterThan(4); // the columns share baselines: interleaving would be easy
    expect(right.some((r) => left.some((l) => l.y === r.y))).toBe(true);
    const text = await textOf([{ texts: [title, ...right, ...left] }]);
    // The wide space under the title stays an empty line.
    expect(text).toBe(['РЕЗОЛЮЦИЯ КОНФЕРЕНЦИИ\n', ...LEFT, ...RIGHT].join('\n'));
  });

  it('a text block without columns keeps its lines in order and joins wrapped lines into paragraphs', async () => {
    const paragraphs = [...LEFT, ...RIGHT];
    const text = await textOf([{ texts: typeset(paragraphs, { x: 60, top: 780, width: 470, indent: 20 }) }]);
    expect(text).toBe(paragraphs.join('\n'));
  });

  it('list items stay on lines of their own, each joined from its wrapped lines', async () => {
    const items = [
      'Рекомендовать участникам:',
      '1. Муниципальным библиотекам вести открытый календарь встреч с жителями и обновлять его не реже раза в месяц.',
      '2. Проводить совместные краеведческие проекты со школами и музеями района.',
      '3. Организовать обучение волонтёров.',
    ];
    const text = await textOf([{ texts: typeset(items, { x: 60, top: 780, width: 300 }) }]);
    expect(text).toBe(items.join('\n'));
  });
});

describe('running headers, footers and page numbers', () => {
  it('are dropped, and a sentence that runs over a page break is joined back', async () => {
    const body = typeset([LEFT[0] + ' ' + RIGHT[0], LEFT[1]], { x: 60, top: 760, width: 300 });
    // Break the paragraph between pages after its fourth line.
    const pages: PdfPage[] = [body.slice(0, 4), body.slice(4)].map((lines, i) => ({
      texts: [
        { x: 60, y: PAGE_H - 40, text: 'Вестник библиотек Сибири. 2023. № 4', size: 9 },
        ...lines.map((l, k) => ({ ...l, y: 760 - k * 14.3 })),
        { x: 290, y: 40, text: `— ${i + 7} —`, size: 9 },
      ],
    }));
    pages.push({
      texts: [
        { x: 60, y: PAGE_H - 40, text: 'Вестник библиотек Сибири. 2023. № 4', size: 9 },
        { x: 60, y: 760, text: 'Председатель оргкомитета И. И. Иванова', size: 11 },
        { x: 280, y: 40, text: 'Страница 9 из 9', size: 9 },
      ],
    });
    const text = await textOf(pages);
    expect(text).toBe([LEFT[0] + ' ' + RIGHT[0], LEFT[1], 'Председатель оргкомитета И. И. Иванова'].join('\n'));
  });

  it('a lone page number at the foot of a one-page document is dropped; a year there is kept', async () => {
    const texts = typeset([LEFT[1]], { x: 60, top: 760, width: 470 });
    expect(await textOf([{ texts: [...texts, { x: 290, y: 40, text: '1' }] }])).toBe(LEFT[1]);
    expect(await textOf([{ texts: [...texts, { x: 290, y: 40, text: '2023' }] }])).toBe(`${LEFT[1]}\n\n2023`);
  });
});

describe('hyphens at line ends', () => {
  it('are undone in a word split by hyphenation, kept in compounds and before a capital', async () => {
    const para =
      'Участники семинара из област|ной библио|теки и научно|-практической школы Анжеро|-Судженска рекомендуют продолжить межрегио|нальное со|трудничество библиотек и музеев.';
    // Make the typesetter break at each marked point: a column narrow enough.
    const texts = typeset([para], { x: 60, top: 760, width: 150 });
    expect(texts.some((t) => t.text.endsWith('-'))).toBe(true);
    const text = await textOf([{ texts }]);
    expect(text).toBe(
      'Участники семинара из областной библиотеки и научно-практической школы Анжеро-Судженска рекомендуют продолжить межрегиональное сотрудничество библиотек и музеев.',
    );
  });
});

describe('a PDF that cannot give its text', () => {
  it('a scan (pages that are pictures) is refused with the scan message, never stored empty', async () => {
    const scan = makePdf([{ scan: true }, { scan: true }]);
    expect(await pdfToText(scan)).toEqual({ ok: false, code: 'pdf-no-text', detail: '2' });
    expect(await parseFile('скан.pdf', 'pdf', scan)).toEqual({ ok: false, code: 'pdf-no-text', detail: '2' });
  });

  it('a document with some scanned pages is read, and says how many pages had no text', async () => {
    const text = typeset([eventText(eventByFile('tomsk.pdf')).replace(/\n+/g, ' ')], { x: 60, top: 760, width: 470 });
    const r = await extractText('pdf', makePdf([{ texts: text }, { scan: true }, { scan: true }]));
    expect(r).toMatchObject({ ok: true, note: { code: 'pdf-scanned-pages', detail: '2/3' } });
  });

  it('an encrypted PDF (a password is needed to open it) is refused saying so', async () => {
    expect(await pdfToText(makePdf([{ texts: [{ x: 60, y: 700, text: 'Секретный текст резолюции' }] }], { encrypt: true }))).toEqual({
      ok: false,
      code: 'pdf-encrypted',
    });
    // The same from LibreOffice: Writer's export with an open password.
    expect(await extractText('pdf', fixture('secret.pdf'))).toEqual({ ok: false, code: 'pdf-encrypted' });
  });

  it('a truncated PDF (a download cut short) is refused as truncated, not half-read', async () => {
    const whole = fixture('tomsk.pdf');
    for (const cut of [0.3, 0.6, 0.95]) {
      expect(await extractText('pdf', whole.subarray(0, Math.floor(whole.length * cut)))).toEqual({ ok: false, code: 'pdf-truncated' });
    }
  });

  it('a damaged PDF (its end is there, the rest is not a PDF) is refused as damaged', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'мусор '.repeat(200) + '\n%%EOF\n');
    expect(await extractText('pdf', junk)).toMatchObject({ ok: false, code: 'pdf-broken' });
  });

  it('a "PDF" that is really a PNG picture is refused saying what it is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    expect(await extractText('pdf', png)).toEqual({ ok: false, code: 'wrong-format', detail: 'png' });
  });

  it(`more than ${MAX_PDF_PAGES} pages is refused before any page is read`, async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, () => ({}));
    const progress: number[] = [];
    expect(await pdfToText(makePdf(pages), (done) => progress.push(done))).toEqual({
      ok: false,
      code: 'pdf-too-many-pages',
      detail: String(MAX_PDF_PAGES + 1),
    });
    expect(progress).toEqual([]);
  });
});

describe('a long PDF', () => {
  it('300 pages: progress after every page, the whole text read, the resolution on page 1 parsed', async () => {
    const first = typeset(eventText(eventByFile('tomsk.pdf')).split('\n').filter(Boolean), { x: 60, top: 780, width: 470 });
    // Pages of an appendix that differ from each other (lines repeated on most pages would be taken
    // for running headers).
    const WORDS = ['краеведение', 'фонды', 'чтение', 'волонтёры', 'музеи', 'школы', 'каталог', 'архивы', 'клубы', 'сайт', 'выставки'];
    const filler = (n: number) =>
      typeset(
        [
          `${WORDS[n % 11]} ${WORDS[(n * 7) % 11]} ${WORDS[(n * 3) % 11]}: приложение ${n}, список участников секции и темы их выступлений.`,
          `${WORDS[(n * 5) % 11]} и ${WORDS[(n * 2) % 11]} — итоги обсуждения на странице ${n}.`,
        ],
        { x: 60, top: 780, width: 470 },
      );
    const pages: PdfPage[] = [{ texts: first }, ...Array.from({ length: 299 }, (_, i) => ({ texts: filler(i + 2) }))];
    const bytes = makePdf(pages);
    const seen: [number, number][] = [];
    const started = performance.now();
    const outcome = await parseFile('сборник.pdf', 'pdf', bytes, (done, total) => seen.push([done, total]));
    const ms = performance.now() - started;
    expect(seen).toHaveLength(300);
    expect(seen[0]).toEqual([1, 300]);
    expect(seen[299]).toEqual([300, 300]);
    expect(seen.every(([d], i) => d === i + 1)).toBe(true);
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.record.text).toContain('приложение 300, список участников');
    expect(outcome.record.text).toContain('итоги обсуждения на странице 300.');
    expect(outcome.record.participants.total).toBe(86);
    expect(outcome.record.date.start).toBe('2023-03-14');
    console.info(`300-page PDF (${Math.round(bytes.length / 1024)} KB): read and parsed in ${Math.round(ms)} ms`);
  });
});
