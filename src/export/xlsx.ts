// The selection as an Excel workbook (.xlsx), built with SheetJS (@e965/xlsx), loaded on the first
// export only. It opens in Excel and LibreOffice as it is, with no import wizard: counts are number
// cells (an approximate one keeps its number and shows «более 200» through its number format), dates
// are date cells, headers are in the page's language. Four sheets: the events (the CSV's columns, in the
// table's order), the recommendations with their themes, the places, and one that states the filters,
// when and from where the file was made.
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { Resolution } from '../lib/types';
import { placeName, regionOf } from '../i18n/places';
import { EVENT_COLUMNS, approxText, header, label, themeName, type Lang } from './table';

export interface XlsxContext {
  lang: Lang;
  /** The filters in words ("Фильтры: Годы: с 2015"). */
  filters: string;
  /** The page's address: the link that reproduces the view. */
  url: string;
  now?: Date;
  /** The event's name as the page writes it. */
  eventName: (r: Resolution) => string;
}

const SHEETS: Record<Lang, { events: string; recs: string; places: string; about: string }> = {
  ru: { events: 'События', recs: 'Рекомендации', places: 'Места', about: 'О выгрузке' },
  en: { events: 'Events', recs: 'Recommendations', places: 'Places', about: 'About' },
};
const DATE_FORMAT = 'dd.mm.yyyy';

/** An ISO date as a spreadsheet date: days since 1899-12-30 (what Excel and LibreOffice count). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

type Value = string | number | null | CellObject;
const text = (v: string | null): CellObject | null => (v === null || v === '' ? null : { t: 's', v });
const num = (v: number | null, z?: string): CellObject | null => (v === null ? null : z ? { t: 'n', v, z } : { t: 'n', v });
const date = (iso: string | null): CellObject | null => (iso ? { t: 'n', v: dateSerial(iso), z: DATE_FORMAT } : null);

/** A sheet from rows of cells; `widths` in characters. */
function sheet(rows: Value[][], widths: number[]): WorkSheet {
  const ws: WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      ws[utils.encode_cell({ r, c })] = typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
    }),
  );
  ws['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(0, rows.length - 1), c: Math.max(0, ...rows.map((r) => r.length - 1)) },
  });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

/** «более 200» as a number format that keeps the cell a number: "более "0. */
const approxFormat = (q: 'more' | 'about' | 'less', lang: Lang) => {
  const [before, after] = approxText(q, 0, lang).split('0');
  return `${before ? `"${before}"` : ''}0${after ? `"${after}"` : ''}`;
};

export function toXlsx(resolutions: readonly Resolution[], ctx: XlsxContext): Uint8Array<ArrayBuffer> {
  const { lang } = ctx;
  const wb = utils.book_new();

  const events: Value[][] = [EVENT_COLUMNS.map((c) => header(c, lang))];
  for (const r of resolutions) {
    events.push(
      EVENT_COLUMNS.map((c) => {
        const v = c.value(r, lang);
        if (c.type === 'date') return date(v as string | null);
        if (c.type === 'number') {
          const q = c.count ? r.approx[c.count] : undefined;
          return num(v as number | null, q ? approxFormat(q, lang) : undefined);
        }
        return text(v as string | null);
      }),
    );
  }
  utils.book_append_sheet(
    wb,
    sheet(
      events,
      EVENT_COLUMNS.map((c) => (c.type === 'text' ? 24 : 12)),
    ),
    SHEETS[lang].events,
  );

  const en = lang === 'en';
  const recs: Value[][] = [
    en ? ['id', 'event', 'year', 'No.', 'recommendation', 'themes'] : ['id', 'событие', 'год', '№', 'рекомендация', 'темы'],
  ];
  for (const r of resolutions) {
    r.recommendations.forEach((item, i) =>
      recs.push([
        r.id,
        ctx.eventName(r),
        num(r.year),
        num(i + 1),
        text(item.text),
        text(item.themes.map((id) => themeName(id, lang)).join(', ')),
      ]),
    );
  }
  utils.book_append_sheet(wb, sheet(recs, [20, 40, 6, 4, 80, 40]), SHEETS[lang].recs);

  const places: Value[][] = [
    en
      ? ['id', 'event', 'place', 'role', 'region', 'latitude', 'longitude', 'approximate position']
      : ['id', 'событие', 'место', 'роль', 'регион', 'широта', 'долгота', 'положение приблизительно'],
  ];
  const yes = en ? 'yes' : 'да';
  for (const r of resolutions) {
    for (const p of r.places) {
      places.push([
        r.id,
        ctx.eventName(r),
        text(placeName(p, lang)),
        text(label(`map.role.${p.role}`, lang)),
        text(regionOf(p, lang)),
        num(p.lat),
        num(p.lon),
        p.approximate ? yes : null,
      ]);
    }
  }
  utils.book_append_sheet(wb, sheet(places, [20, 40, 24, 14, 24, 10, 10, 10]), SHEETS[lang].places);

  const now = ctx.now ?? new Date();
  const about: Value[][] = [
    [en ? 'Source' : 'Источник', label('app.title', lang)],
    [en ? 'Link to this view' : 'Ссылка на этот вид', ctx.url],
    [en ? 'Filters' : 'Фильтры', ctx.filters],
    [en ? 'Events' : 'Событий', num(resolutions.length)],
    [en ? 'Exported' : 'Выгружено', { t: 'n', v: dateSerial(now.toISOString()), z: DATE_FORMAT }],
    [
      en ? 'Counts' : 'Числа',
      en
        ? 'As the texts state them; an empty cell: not stated. An approximate count ("more than 200") is kept as its number.'
        : 'Как указано в текстах; пустая ячейка — не указано. Приблизительное число («более 200») записано своим числом.',
    ],
    [en ? 'Places' : 'Места', 'GeoNames (CC-BY 4.0), Natural Earth'],
  ];
  utils.book_append_sheet(wb, sheet(about, [22, 100]), SHEETS[lang].about);

  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export function xlsxBlob(resolutions: readonly Resolution[], ctx: XlsxContext): Blob {
  return new Blob([toXlsx(resolutions, ctx)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
