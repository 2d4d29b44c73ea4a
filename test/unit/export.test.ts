// @vitest-environment jsdom
// Exports: the selection as CSV (Excel, Russian Windows) and JSON, the filters line, file names,
// a chart as a stand-alone SVG (title, legend, filters line, no CSS variables left), the export bar.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { dsvFormat } from 'd3';
import { parseSeed } from '../helpers/seeds';
import { BOM, CSV_COLUMNS, toCsv } from '../../src/export/csv';
import themeRows from '../../data/themes.json';
import { toJson, type JsonExport } from '../../src/export/json';
import { describeFilters } from '../../src/export/describe';
import { chartFileName, dataFileName, filtersSlug, slug } from '../../src/export/filename';
import { resolveVars } from '../../src/export/inline-styles';
import { download } from '../../src/export/download';
import { NO_FILTERS, type Filters } from '../../src/lib/state/filters';
import type { Resolution } from '../../src/lib/types';
import Timeline from '../../src/charts/Timeline.svelte';
import ThemeGrid from '../../src/charts/ThemeGrid.svelte';
import ExportBar from '../../src/views/ExportBar.svelte';
import type { TimelineDatum } from '../../src/charts/types';

vi.mock('../../src/export/download', () => ({ download: vi.fn() }));
const saved = vi.mocked(download);

const seeds: Resolution[] = ['000', '001', '002', '003', '004'].map(parseSeed);
const by = (year: number) => seeds.find((r) => r.year === year)!;
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });
const HEADERS = CSV_COLUMNS.map(([h]) => h);
const THEME_RU = new Map(themeRows.map((t) => [t.id, t.ru]));
/** The CSV read back the way a spreadsheet does: BOM off, ";" cells, quotes undone. */
const readBack = (csv: string) => dsvFormat(';').parse(csv.slice(1));

describe('CSV export', () => {
  const csv = toCsv(seeds);
  const lines = csv.split('\r\n');

  it('is UTF-8 with a BOM, ";" separated, CRLF lines, one row per event under Russian headers', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0].slice(1).split(';')).toEqual(HEADERS);
    expect(HEADERS).toEqual([
      'id',
      'файл',
      'дата начала',
      'дата окончания',
      'год',
      'название',
      'вид',
      'тип документа',
      'город проведения',
      'формат',
      'участников всего',
      'очно',
      'онлайн',
      'просмотров',
      'докладов',
      'городов',
      'сёл и посёлков',
      'регионов',
      'стран',
      'организаций',
      'рекомендаций',
      'темы',
      'цитата: всего',
      'приблизительные числа',
      'предупреждения',
    ]);
    expect(lines.filter(Boolean)).toHaveLength(1 + seeds.length);
  });

  it('writes numbers bare: the 2021 row reads 995;39;956', () => {
    const row = lines.find((l) => l.startsWith(by(2021).id))!;
    expect(row).toContain(';995;39;956;');
    expect(row).toContain('Санкт-Петербург');
    expect(csv).not.toMatch(/\d[\u00a0\u202f\u2009 ]\d{3}\b/);
    const read = readBack(csv).find((r) => r.id === by(2021).id)!;
    expect(read['участников всего']).toBe('995');
    expect(read['очно']).toBe('39');
    expect(read['онлайн']).toBe('956');
    expect(read['год']).toBe('2021');
    expect(read['цитата: всего']).toBe(by(2021).evidence['participants.total']!.quote);
  });

  it('leaves unknown counts empty, never 0: the 2009 council states no number', () => {
    const r2009 = by(2009);
    expect(r2009.participants.total).toBeNull();
    const read = readBack(csv).find((r) => r.id === r2009.id)!;
    for (const h of ['участников всего', 'очно', 'онлайн', 'просмотров', 'докладов', 'цитата: всего']) expect(read[h]).toBe('');
    const cells = lines.find((l) => l.startsWith(r2009.id))!.split(';');
    expect(cells[HEADERS.indexOf('участников всего')]).toBe('');
    expect(cells[HEADERS.indexOf('очно')]).toBe('');
  });

  it('quotes a title containing ";" or \'"\' and reads it back unchanged', () => {
    const title = 'Конференция "Книга; чтение"\nи второй абзац';
    const tricky = { ...by(2020), title };
    const out = toCsv([tricky]);
    expect(out).toContain(';"Конференция ""Книга; чтение""\nи второй абзац";');
    expect(readBack(out)[0]['название']).toBe(title);
  });

  it('keeps a title that looks like a formula as text, and a date or a count as it is', () => {
    const title = '=HYPERLINK("http://example.com";"Открыть")';
    const row = readBack(toCsv([{ ...by(2020), title }]))[0];
    expect(row['название']).toBe(`'${title}`);
    expect(row['дата начала']).toBe(by(2020).date.start);
    expect(row['участников всего']).toBe('535');
  });

  it('reads back with d3-dsv to the same values as the records', () => {
    const read = readBack(csv);
    expect(read.columns).toEqual(HEADERS);
    expect(read).toHaveLength(seeds.length);
    seeds.forEach((r, i) => {
      const row = read[i];
      expect(row.id).toBe(r.id);
      expect(row['файл']).toBe(r.source.file);
      expect(row['дата начала']).toBe(r.date.start ?? '');
      expect(row['название']).toBe(r.title ?? '');
      expect(row['город проведения']).toBe(r.hostCity?.name ?? '');
      expect(row['рекомендаций']).toBe(String(r.recommendations.length));
      const fields = [
        'total',
        'offline',
        'online',
        'views',
        'reports',
        'cities',
        'rural',
        'regions',
        'countries',
        'organizations',
      ] as const;
      const headers = [
        'участников всего',
        'очно',
        'онлайн',
        'просмотров',
        'докладов',
        'городов',
        'сёл и посёлков',
        'регионов',
        'стран',
        'организаций',
      ];
      fields.forEach((f, j) => expect(row[headers[j]]).toBe(r.participants[f] == null ? '' : String(r.participants[f])));
      // Theme names, not ids (issue 13): a librarian reads the CSV.
      const themes = [...new Set(r.recommendations.flatMap((it) => it.themes))].map((id) => THEME_RU.get(id));
      expect(row['темы'] ? row['темы'].split(', ') : []).toEqual(themes);
    });
    expect(read.find((r) => r.id === by(2021).id)!['вид']).toBe('конференция');
  });
});

describe('JSON export', () => {
  it('round-trips the selection with its filters and the export time', () => {
    const f = filters({ from: 2020, to: 2021, themes: ['quality'] });
    const now = new Date('2024-05-06T07:08:09Z');
    const back = JSON.parse(toJson(seeds.slice(0, 2), f, now)) as JsonExport;
    expect(back.exportedAt).toBe('2024-05-06T07:08:09.000Z');
    expect(back.filters).toEqual(f);
    expect(back.resolutions).toEqual(seeds.slice(0, 2));
    expect(back.resolutions[0].text).toBe(seeds[0].text);
  });
});

describe('filters line and file names', () => {
  it('describes the active filters in words', () => {
    expect(describeFilters(NO_FILTERS)).toBe('Фильтры не заданы');
    expect(describeFilters(filters({ from: 2020, to: 2021 }))).toBe('Фильтры: Годы: 2020–2021');
    expect(
      describeFilters(
        filters({
          from: 2015,
          to: 2015,
          themes: ['quality', 'digital'],
          kinds: ['conference'],
          types: ['resolution'],
          place: 'RU-KEM',
          q: 'кемерово',
        }),
        { quality: 'Управление качеством и стандарты', digital: 'Цифровые сервисы и онлайн-работа' },
      ),
    ).toBe(
      'Фильтры: Годы: 2015; Тема: Управление качеством и стандарты, Цифровые сервисы и онлайн-работа; ' +
        'Вид события: конференция; Тип документа: резолюция; Место: RU-KEM; Поиск: «кемерово»',
    );
    expect(describeFilters(filters({ from: 2020 }))).toBe('Фильтры: Годы: с 2020');
    expect(describeFilters(filters({ to: 2016 }))).toBe('Фильтры: Годы: по 2016');
    expect(describeFilters(filters({ kinds: ['made-up'] }))).toBe('Фильтры: Вид события: made-up');
  });

  it('names files in Latin letters after the filters', () => {
    expect(dataFileName(filters({ from: 2020, to: 2021 }), 'csv')).toBe('rezolyucii-2020-2021.csv');
    expect(dataFileName(NO_FILTERS, 'json')).toBe('rezolyucii.json');
    expect(dataFileName(filters({ from: 2009, to: 2009, place: 'RU-KEM' }), 'csv')).toBe('rezolyucii-2009-ru-kem.csv');
    expect(filtersSlug(filters({ q: 'Кемеровская область' }))).toBe('-kemerovskaya-oblast');
    expect(slug('Участники по времени')).toBe('uchastniki-po-vremeni');
    expect(chartFileName('Участники по времени', '-2020-2021', 'png')).toBe('uchastniki-po-vremeni-2020-2021.png');
  });

  it('resolves CSS variables to their fallbacks when the page sets none', () => {
    expect(resolveVars('var(--chart-offline, #0072B2)', document.body)).toBe('#0072B2');
    expect(resolveVars('url(#a) var(--x, var(--y, rgb(1, 2, 3)))', document.body)).toBe('url(#a) rgb(1, 2, 3)');
    document.documentElement.style.setProperty('--chart-z', '#123456');
    expect(resolveVars('var(--chart-z, #000)', document.body)).toBe('#123456');
    document.documentElement.style.removeProperty('--chart-z');
  });
});

const events: TimelineDatum[] = [
  { id: 'r-000', date: '2021-11-10', label: 'Менеджмент качества в библиотеках', total: 995, offline: 39, online: 956, mismatch: null },
  {
    id: 'r-001',
    date: '2020-11-12',
    label: 'Методическая служба',
    total: 535,
    offline: 34,
    online: 502,
    mismatch: 'Очно 34 + онлайн 502 = 536',
  },
  { id: 'r-003', date: '2009-03-30', label: 'Без чисел', total: null, offline: null, online: null, mismatch: null },
];

/** The page's export context, as the App sets it, for filters `f`. */
const context = (f: Filters) =>
  new Map([['filters-description', { description: () => describeFilters(f), fileSuffix: () => filtersSlug(f) }]]);

async function exported(button: HTMLElement): Promise<{ text: string; name: string }> {
  saved.mockClear();
  await fireEvent.click(button);
  await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  const [blob, name] = saved.mock.calls[0];
  return { text: await blob.text(), name };
}

describe('chart export', () => {
  it('exports the rendered Timeline as SVG with its title, legend and the filters line, styles inline', async () => {
    const f = filters({ from: 2020, to: 2021 });
    render(Timeline, {
      props: { data: events, extent: [2009, 2021] as [number, number], from: 2020, to: 2021, onrange: vi.fn(), onpick: vi.fn() },
      context: context(f),
    });
    const svgButton = screen.getByRole('button', { name: 'Скачать график «Участники по времени» в SVG' });
    expect(screen.getByRole('button', { name: 'Скачать график «Участники по времени» в PNG' })).toHaveTextContent('PNG');
    expect(svgButton).toHaveTextContent('SVG');

    const { text, name } = await exported(svgButton);
    expect(name).toBe('uchastniki-po-vremeni-2020-2021.svg');
    expect(saved.mock.calls[0][0].type).toContain('image/svg+xml');
    expect(text).not.toContain('var(--');
    expect(text).toContain('>Участники по времени</text>');
    expect(text).toContain('>Фильтры: Годы: 2020–2021</text>');
    expect(text).toContain('>очно</text>'); // the legend
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    // The bars keep their colours (here the defaults: no theme sets --chart-*), the dimmed 2009 mark its opacity.
    const offline = doc.querySelector('.mark[data-id="r-000"] rect[data-mode="offline"]')!;
    expect(offline.getAttribute('style')).toMatch(/fill: #0072B2/i);
    expect(doc.querySelector('.mark[data-id="r-000"] rect[data-mode="online"]')!.getAttribute('style')).toMatch(/fill: #E69F00/i);
    expect(doc.querySelector('.mark[data-id="r-000"] .hit')!.getAttribute('style') ?? '').not.toContain('var(');
    expect(doc.querySelector('.chart pattern rect')!.getAttribute('style')).toMatch(/fill: #999999/i);
  });

  it('says "Фильтры не заданы" without filters and without the App around it', async () => {
    render(Timeline, { props: { data: events, extent: [2009, 2021] as [number, number], from: null, to: null, onrange: vi.fn() } });
    const { text, name } = await exported(screen.getByRole('button', { name: /в SVG/ }));
    expect(name).toBe('uchastniki-po-vremeni.svg');
    expect(text).toContain('>Фильтры не заданы</text>');
  });

  it('draws an HTML chart (the theme × year grid) as plain SVG: no foreignObject', async () => {
    const themes = [
      { id: 'quality', label: 'Управление качеством' },
      { id: 'digital', label: 'Цифровые сервисы' },
    ];
    const cells = [
      { theme: 'quality', year: 2021, count: 3 },
      { theme: 'quality', year: 2020, count: 1 },
      { theme: 'digital', year: 2021, count: 7 },
    ];
    render(ThemeGrid, {
      props: { themes, years: [2020, 2021], cells, active: [], ontoggle: vi.fn() },
      context: context(filters({ themes: ['quality'] })),
    });
    const { text, name } = await exported(screen.getByRole('button', { name: 'Скачать график «Темы по годам» в SVG' }));
    expect(name).toBe('temy-po-godam-quality.svg');
    expect(text).not.toContain('var(--');
    expect(text).not.toContain('foreignObject');
    expect(text).toContain('Управление качеством</tspan>');
    expect(text).toContain('>Фильтры: Тема: quality</text>');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('.cell[data-theme="digital"][data-year="2021"] text')!.textContent).toBe('7');
    expect(doc.querySelector('.cell[data-theme="digital"][data-year="2020"]')).toBeNull();
  });
});

describe('ExportBar', () => {
  const f = filters({ from: 2020, to: 2021 });

  it('downloads the selection as CSV and JSON named after the filters', async () => {
    render(ExportBar, { props: { resolutions: seeds.slice(0, 2), filters: f } });
    const csv = await exported(screen.getByRole('button', { name: 'Скачать выбранные события (2) в CSV для Excel' }));
    expect(csv.name).toBe('rezolyucii-2020-2021.csv');
    expect(csv.text).toBe(toCsv(seeds.slice(0, 2)).slice(1)); // Blob.text() drops the BOM when decoding
    const json = await exported(screen.getByRole('button', { name: /в JSON/ }));
    expect(json.name).toBe('rezolyucii-2020-2021.json');
    expect((JSON.parse(json.text) as JsonExport).resolutions.map((r) => r.id)).toEqual(seeds.slice(0, 2).map((r) => r.id));
    expect(screen.getByRole('status')).toHaveTextContent('Файл rezolyucii-2020-2021.json готов');
  });

  it('copies the link and announces it; without a clipboard it selects the link in a read-only field', async () => {
    history.replaceState(null, '', '/?from=2020&to=2021');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(ExportBar, { props: { resolutions: seeds, filters: f } });
    await fireEvent.click(screen.getByRole('button', { name: 'Скопировать ссылку' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ссылка скопирована'));
    expect(writeText).toHaveBeenCalledWith(location.href);
    expect(location.href).toMatch(/\?from=2020&to=2021$/);

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await fireEvent.click(screen.getByRole('button', { name: 'Скопировать ссылку' }));
    const field = await screen.findByRole('textbox', { name: 'Ссылка на текущий вид' });
    expect(field).toHaveValue(location.href);
    expect(field).toHaveAttribute('readonly');
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Ссылка выделена');
  });
});
