// @vitest-environment jsdom
// «Справка (.docx)» on the five seeds: a valid Word package (every XML part parses), and, converted to
// text by a library (mammoth), the figures, their source quotes in footnotes, the caveats, the tables,
// themes, recurring recommendations, series and the 535/536 warning are there; English with lang=en.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import data from '../../data/resolutions.json';
import { buildReport, type ReportInput } from '../../src/export/report-docx';
import { findRecurring } from '../../src/lib/recurring';
import { findSeries } from '../../src/lib/series';
import { locale } from '../../src/i18n/locale.svelte';
import type { Dataset } from '../../src/lib/types';

const seeds = (data as unknown as Dataset).resolutions;
// A 2 × 1 PNG (red, blue): the charts come from the page; here any PNG will do.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAKAAFKF2bEAAAAAElFTkSuQmCC'), (c) =>
  c.charCodeAt(0),
);

function input(): ReportInput {
  const byDate = [...seeds].sort((a, b) => (a.date.start ?? '').localeCompare(b.date.start ?? ''));
  const recurring = findRecurring(seeds);
  const series = findSeries(seeds);
  return {
    selected: byDate,
    filtersLine: 'Фильтры не заданы',
    themeLabels: { digital: 'Цифровые технологии', events: 'Мероприятия', quality: 'Управление качеством' },
    recurring: recurring.touching(byDate),
    series: series.list,
    eventById: new Map(seeds.map((r) => [r.id, r])),
    charts: [{ title: 'Участники по времени', png: PNG, width: 800, height: 400 }],
    date: new Date('2026-12-02T10:00:00Z'),
  };
}

const parser = new DOMParser();
/** Every XML part of the package, parsed strictly: the names of those that do not parse. */
function badParts(docx: Uint8Array): { parts: string[]; bad: string[] } {
  const files = unzipSync(docx);
  const parts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
  const bad = parts.filter(
    (n) => parser.parseFromString(strFromU8(files[n]), 'application/xml').getElementsByTagName('parsererror').length > 0,
  );
  return { parts, bad };
}

describe('the report in Russian', () => {
  let docx: Uint8Array;
  let html: string;
  let plain: string;
  beforeAll(async () => {
    docx = await buildReport(input());
    // To look at it as pages: REPORT_OUT=/tmp/report.docx npx vitest run test/unit/report-docx.test.ts, then
    // soffice --headless --convert-to pdf /tmp/report.docx.
    if (process.env.REPORT_OUT) writeFileSync(process.env.REPORT_OUT, docx);
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
    plain = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  });

  it('is a Word package whose XML parts all parse', () => {
    // The check itself catches a broken part.
    expect(parser.parseFromString('<w:p><w:r></w:p>', 'application/xml').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
    const { parts, bad } = badParts(docx);
    expect(parts).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/footnotes.xml',
        'word/styles.xml',
        'word/_rels/document.xml.rels',
      ]),
    );
    expect(bad).toEqual([]);
    expect(Object.keys(unzipSync(docx)).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  });

  it('has the key figures with the caveats of silent events', () => {
    expect(plain).toContain('Аналитическая справка');
    expect(plain).toContain('Фильтры не заданы');
    expect(plain).toContain('Событий в выборке: 5; годы: 2009–2021.');
    // 995 + 535 + 116 + 143; 004 states no count.
    expect(plain).toMatch(/Участников 1 789 \(не указано у 1 события\)/);
    expect(plain).toMatch(/Онлайн 1 458 \(не указано у 3 событий\) \(\d+ % от указанных\)/);
    expect(plain).toMatch(/Очно 73 \(не указано у 3 событий\)/);
    expect(plain).toMatch(/Докладов 69 \(не указано у 1 события\)/);
  });

  it('quotes each figure’s sources in footnotes', () => {
    const notes = html.slice(html.indexOf('<ol><li id="footnote-'));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes).toContain('<strong>535 специалистов</strong>');
    expect(notes).toContain('<strong>995</strong>');
    expect(notes).toContain('<strong>116 человек</strong>');
    expect(notes).toContain('<strong>21 доклад</strong>');
    // Four footnotes: participants, online, offline, reports.
    expect(notes.match(/<li id="footnote-/g)).toHaveLength(4);
  });

  it('has the tables, themes, recurring recommendations, series and the 535/536 warning', () => {
    expect(plain).toContain('IV конференция «Методическая служба современной публичной библиотеки»');
    expect(plain).toContain('Анжеро-Судженск');
    expect(plain).toContain('Главные темы рекомендаций');
    expect(plain).toContain('Повторяется в 3 событиях: 2016, 2020, 2021');
    expect(plain).toContain('Повторяется в 2 событиях: 2020, 2021');
    expect(plain).toContain('«Методическая служба»');
    expect(plain).toContain('нет данных о III');
    expect(plain).toContain('Очно 34 + онлайн 502 = 536, а всего указано 535');
  });
});

describe('the report in English', () => {
  beforeAll(() => {
    locale.lang = 'en';
  });
  afterAll(() => {
    locale.lang = 'ru';
  });

  it('is worded in English with lang=en', async () => {
    const docx = await buildReport(input());
    expect(badParts(docx).bad).toEqual([]);
    const plain = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
    expect(plain).toContain('Analytical report');
    expect(plain).toContain('Recurs in 2 events: 2020, 2021');
    expect(plain).toContain('1,789');
    expect(plain).toContain('no data on III');
    expect(plain).toContain('“Методическая служба”');
  });
});
