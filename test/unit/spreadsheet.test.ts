// @vitest-environment jsdom
// The spreadsheet a methodologist hands on: CSV with theme names, the warnings column (the 535/536 flag
// survives), approximate counts marked, English with lang=en, rows in the table's order; and .xlsx with
// number cells, date cells, the events, recommendations, places and the filters-and-source sheet.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { dsvFormat } from 'd3';
import { read, utils } from '@e965/xlsx';
import { toCsv } from '../../src/export/csv';
import { dateSerial, toXlsx } from '../../src/export/xlsx';
import { download } from '../../src/export/download';
import { eventName } from '../../src/views/event-text';
import ExportBar from '../../src/views/ExportBar.svelte';
import EventsTable from '../../src/views/EventsTable.svelte';
import { NO_FILTERS } from '../../src/lib/state/filters';
import type { Resolution } from '../../src/lib/types';
import { parseSeed } from '../helpers/seeds';
import { makeResolution } from './fixtures/resolution';

vi.mock('../../src/export/download', () => ({ download: vi.fn() }));
const saved = vi.mocked(download);

const seeds: Resolution[] = ['000', '001', '002', '003', '004'].map(parseSeed);
const s001 = seeds[1];
const approx = makeResolution({ seed: 'x', year: 2019, total: 200 }); // «более 200»
const readBack = (csv: string) => dsvFormat(';').parse(csv.slice(1));

describe('CSV for a librarian', () => {
  it('names themes, keeps the 535/536 warning and marks an approximate count', () => {
    const rows = readBack(toCsv([s001, approx]));
    expect(rows[0]['темы']).toContain('Методическая работа');
    expect(rows[0]['темы']).not.toMatch(/\bmethod\b|quality|skills/);
    expect(rows[0]['предупреждения']).toBe('Очно 34 + онлайн 502 = 536, а всего указано 535');
    expect(rows[0]['участников всего']).toBe('535');
    expect(rows[1]['участников всего']).toBe('200');
    expect(rows[1]['приблизительные числа']).toBe('участников всего: более 200');
  });

  it('is in English with lang=en: headers, kinds, formats, themes, warnings, place names', () => {
    const [row] = readBack(toCsv([s001], 'en'));
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['start date', 'host city', 'participants total', 'themes', 'warnings']));
    expect(row.kind).toBe('conference');
    expect(row.format).toBe('hybrid');
    expect(row.warnings).toBe('In person 34 + online 502 = 536, but the stated total is 535');
    expect(row.themes).not.toMatch(/[а-яё]/i);
    expect(row['host city']).not.toMatch(/[а-яё]/i);
  });

  it("lists the events in the table's current order", async () => {
    render(EventsTable, { props: { rows: seeds, q: '', onsearch: vi.fn(), onopen: vi.fn() } });
    await fireEvent.click(document.querySelector('button[data-sort="total"]')!); // largest first
    render(ExportBar, { props: { resolutions: seeds, filters: NO_FILTERS } });
    saved.mockClear();
    await fireEvent.click(screen.getByRole('button', { name: /в CSV/ }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const csv = await (saved.mock.calls[0][0] as Blob).text();
    const totals = dsvFormat(';')
      .parse(csv)
      .map((r) => r['участников всего']);
    expect(totals).toEqual(['995', '535', '143', '116', '']);
  });
});

describe('.xlsx', () => {
  const bytes = toXlsx([s001, approx], {
    lang: 'ru',
    filters: 'Фильтры: Годы: с 2015',
    url: 'http://127.0.0.1/?from=2015',
    now: new Date('2026-12-02T10:00:00Z'),
    eventName,
  });
  // cellNF: read each cell's number format back, as a spreadsheet shows it.
  const wb = read(bytes, { type: 'array', cellNF: true });

  it('has a sheet of events, of recommendations, of places and one with the filters and the source', () => {
    expect(wb.SheetNames).toEqual(['События', 'Рекомендации', 'Места', 'О выгрузке']);
    const about = utils.sheet_to_json<string[]>(wb.Sheets['О выгрузке'], { header: 1 });
    expect(about[0]).toEqual(['Источник', 'Резолюции библиотечных конференций']);
    expect(about[2]).toEqual(['Фильтры', 'Фильтры: Годы: с 2015']);
    expect(about[3]).toEqual(['Событий', 2]);
    const recs = utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Рекомендации']);
    expect(recs.filter((r) => r.id === s001.id)).toHaveLength(s001.recommendations.length);
    expect(String(recs[0]['темы'])).not.toBe('');
    const places = utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Места']);
    expect(places.filter((p) => p.id === s001.id)).toHaveLength(s001.places.length);
  });

  it('writes counts as number cells, dates as date cells, and an approximate count as a number shown «более 200»', () => {
    const ws = wb.Sheets['События'];
    const headers = utils.sheet_to_json<string[]>(ws, { header: 1 })[0];
    const col = (h: string) => utils.encode_col(headers.indexOf(h));
    expect(ws[`${col('участников всего')}2`]).toMatchObject({ t: 'n', v: 535 });
    expect(ws[`${col('очно')}2`]).toMatchObject({ t: 'n', v: 34 });
    const start = ws[`${col('дата начала')}2`];
    expect(start).toMatchObject({ t: 'n', v: dateSerial('2020-11-12'), z: 'dd.mm.yyyy' });
    expect(dateSerial('2020-11-12')).toBe(44147);
    const total = ws[`${col('участников всего')}3`];
    expect(total).toMatchObject({ t: 'n', v: 200 });
    expect(total.z).toBe('"более "0');
    expect(ws[`${col('предупреждения')}2`].v).toBe('Очно 34 + онлайн 502 = 536, а всего указано 535');
    // An unknown count is an empty cell, never 0.
    expect(ws[`${col('просмотров')}3`]).toBeUndefined();
  });
});
