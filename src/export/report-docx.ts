// «Справка (.docx)»: the current selection as the analytical report a methodologist hands to her director,
// a Word document in the page's language (Russian, or English with lang=en). In order: title, date and
// filters; key figures, each with its source quotes as a footnote and the «не указано у N событий»
// caveats; the charts as drawn on the page; the events and places tables; top themes with example
// recommendations; recurring recommendations; series and their missing editions; what a careful reader
// should know (offline + online ≠ total, approximate counts, unknown formats).
// Built with `docx` (loaded with this module, on the first report): every part is XML that Word and
// LibreOffice open without repair. No DOM here: the charts come in as PNG bytes (report-docx-charts.ts).

import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CountField, Resolution } from '../lib/types';
import type { RecurringGroup } from '../lib/recurring';
import { formatOrdinal, formatRuns, type Series } from '../lib/series';
import { eventLabel, summarize, sumQualifier, yearBuckets, type Figure } from '../lib/state/aggregate';
import { t } from '../i18n/messages';
import { formatDate, formatNumber, formatPercent, plural } from '../i18n/format';
import { placeName, regionOf } from '../i18n/places';
import { warningText } from '../i18n/warnings';
import { countText, dateText, eventName, figureText, formatText } from '../views/event-text';

export interface ReportChart {
  title: string;
  /** PNG bytes. */
  png: Uint8Array;
  /** The image's size in CSS pixels (it is scaled to the page's width). */
  width: number;
  height: number;
}

export interface ReportInput {
  /** The events the filters pick, in the events table's order (the events table of the report keeps it). */
  selected: Resolution[];
  /** The filters in words: "Фильтры: Годы: 2020–2021" or "Фильтры не заданы". */
  filtersLine: string;
  themeLabels: Record<string, string>;
  /** Recurring groups with a member among `selected`. */
  recurring: RecurringGroup[];
  /** Series with an edition among `selected`. */
  series: Series[];
  /** Every event by id: the members of recurring groups outside the selection are named too. */
  eventById?: ReadonlyMap<string, Resolution>;
  charts?: ReportChart[];
  /** When it was made (the date on the title page). */
  date?: Date;
}

const FONT = 'Times New Roman';
/** Half-points: 12 pt for the text, 10 pt in tables and footnotes. */
const SIZE = 24;
const SMALL = 20;
/** The page's text width at A4 with 2 cm margins, in pixels at 96 dpi (~17 cm). */
const PAGE_PX = 640;
/** How many quotes a footnote lists before «и ещё N». */
const QUOTES_PER_NOTE = 12;
/** Rows of the places table. */
const PLACES_ROWS = 40;
/** Themes listed, and examples per theme. */
const TOP_THEMES = 6;
const EXAMPLES = 2;

const text = (s: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: s, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });
const para = (
  children: (TextRun | FootnoteReferenceRun | ImageRun)[],
  o: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; after?: number; indent?: boolean } = {},
) => new Paragraph({ children, heading: o.heading, spacing: { after: o.after ?? 120 }, indent: o.indent ? { left: 360 } : undefined });
const heading = (s: string) => new Paragraph({ text: s, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
const small = (s: string, o: { bold?: boolean; italics?: boolean } = {}) => text(s, { ...o, size: SMALL });
/** A quotation in the report's language: «…» in Russian, “…” in English. */
const quoted = (s: string) => `${t('report.quotes')[0]}${s}${t('report.quotes')[1]}`;

/** The sentence around a quote (the quote itself in bold), clipped to about 240 characters, debris (**) removed. */
function sentence(r: Resolution, start: number, end: number): TextRun[] {
  const from = Math.max(0, start - 160);
  const before = r.text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/) + 1);
  // No sentence start within reach: from the first whole word, after "…".
  const head = (cut > 0 ? before.slice(cut) : from > 0 ? `…${before.slice(before.indexOf(' ') + 1)}` : before)
    .replace(/\*\*/g, '')
    .trimStart();
  const after = r.text.slice(end, end + 160);
  const stop = after.search(/[.!?;\n]/);
  const tail = (stop >= 0 ? after.slice(0, stop) : `${after}…`).replace(/\*\*/g, '');
  return [small(head), small(r.text.slice(start, end).replace(/\*\*/g, ''), { bold: true }), small(tail)];
}

/** A footnote listing where each event's text states `field`. */
function sourcesNote(events: Resolution[], field: CountField): FootnoteReferenceRun | null {
  const stated = events.filter((r) => r.participants[field] !== null && r.evidence[`participants.${field}`]);
  if (!stated.length) return null;
  const children = stated.slice(0, QUOTES_PER_NOTE).map((r) => {
    const span = r.evidence[`participants.${field}`]!;
    return new Paragraph({
      children: [
        small(`${eventName(r)}${r.year !== null ? `, ${r.year}` : ''}: ${t('report.quotes')[0]}`),
        ...sentence(r, span.start, span.end),
        small(t('report.quotes')[1]),
      ],
    });
  });
  if (stated.length > QUOTES_PER_NOTE)
    children.push(new Paragraph({ children: [small(t('report.sourceMore', { n: stated.length - QUOTES_PER_NOTE }))] }));
  return new FootnoteReferenceRun({ children });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };
function table(head: string[], rows: string[][], widths: number[]): Table {
  const cell = (s: string, header: boolean, width: number) =>
    new TableCell({
      children: [new Paragraph({ children: [small(s, { bold: header })] })],
      width: { size: width, type: WidthType.PERCENTAGE },
      borders,
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, true, widths[i])) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, widths[i])) })),
    ],
  });
}

/** Places the participants and speakers came from or met in, with how many events name each. */
function placesOf(events: Resolution[]): { name: string; region: string; events: number }[] {
  const counts = new Map<string, { name: string; region: string; events: number }>();
  for (const r of events) {
    const seen = new Set<string>();
    for (const p of [...(r.hostCity ? [r.hostCity] : []), ...r.places]) {
      if (p.role === 'mentioned') continue;
      const key = `${p.name}|${p.regionCode ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? {
        name: placeName(p),
        region: p.kind === 'region' || p.kind === 'country' ? '' : regionOf(p),
        events: 0,
      };
      entry.events++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

/** The report as .docx bytes. */
export async function buildReport(input: ReportInput): Promise<Uint8Array> {
  const { selected } = input;
  const summary = summarize(yearBuckets(selected));
  const f = summary.figures;
  const years = selected.map((r) => r.year).filter((y): y is number => y !== null);
  const yearsText = years.length
    ? Math.min(...years) === Math.max(...years)
      ? String(years[0])
      : `${Math.min(...years)}–${Math.max(...years)}`
    : t('report.noYears');
  const body: (Paragraph | Table)[] = [];

  // Title, date, filters.
  body.push(
    new Paragraph({
      children: [text(t('report.title'), { bold: true, size: 36 })],
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 60 },
    }),
  );
  body.push(
    new Paragraph({ children: [text(t('report.subtitle'), { size: 28 })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
  );
  const made = (input.date ?? new Date()).toISOString().slice(0, 10);
  body.push(para([text(t('report.made', { date: formatDate(made) }), { italics: true })]));
  body.push(para([text(input.filtersLine, { bold: true })]));
  body.push(para([text(t('report.selection', { n: formatNumber(f.events), years: yearsText }))]));

  // Key figures with their sources.
  body.push(heading(t('figure.title')));
  body.push(para([text(t('report.figuresNote'), { italics: true })]));
  const figureRow = (label: string, fig: Figure, field: CountField, extra = '') => {
    const value = figureText(fig, f.events) + extra;
    const note = sourcesNote(selected, field);
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ borders, width: { size: 45, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text(label)] })] }),
        new TableCell({
          borders,
          width: { size: 55, type: WidthType.PERCENTAGE },
          children: [
            new Paragraph({ children: [text(value, { bold: true }), ...(sumQualifier(fig) ? [text(' ≈')] : []), ...(note ? [note] : [])] }),
          ],
        }),
      ],
    });
  };
  const plainRow = (label: string, value: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ borders, width: { size: 45, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text(label)] })] }),
        new TableCell({
          borders,
          width: { size: 55, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ children: [text(value, { bold: true })] })],
        }),
      ],
    });
  const share = f.onlineShare !== null ? ` (${t('figure.onlineShare', { share: formatPercent(f.onlineShare) })})` : '';
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        plainRow(t('figure.events'), formatNumber(f.events)),
        figureRow(t('figure.participants'), f.participants, 'total'),
        figureRow(t('figure.online'), f.online, 'online', share),
        figureRow(t('figure.offline'), f.offline, 'offline'),
        figureRow(t('figure.reports'), f.reports, 'reports'),
        plainRow(t('figure.places'), formatNumber(f.places)),
      ],
    }),
  );
  body.push(para([small(t('report.placesSource'), { italics: true })]));

  // Charts, as drawn on the page.
  body.push(heading(t('report.charts')));
  const charts = input.charts ?? [];
  if (!charts.length) body.push(para([text(t('report.noCharts'), { italics: true })]));
  for (const c of charts) {
    const scale = Math.min(1, PAGE_PX / c.width);
    body.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: c.png,
            transformation: { width: Math.round(c.width * scale), height: Math.round(c.height * scale) },
            altText: { name: c.title, title: c.title, description: c.title },
          }),
        ],
        spacing: { after: 60 },
      }),
    );
    body.push(para([small(c.title, { italics: true })], { after: 200 }));
  }

  // Events.
  body.push(heading(t('report.events')));
  body.push(
    table(
      [t('events.date'), t('events.name'), t('events.city'), t('events.format'), t('events.total'), t('events.recs')],
      selected.map((r) => [
        dateText(r),
        eventName(r),
        r.hostCity ? placeName(r.hostCity) : t('unknown'),
        formatText(r.format),
        countText(r.participants.total, r.approx.total),
        formatNumber(r.recommendations.length),
      ]),
      [13, 35, 13, 11, 14, 14],
    ),
  );

  // Places.
  body.push(heading(t('report.places')));
  const places = placesOf(selected);
  body.push(
    table(
      [t('report.place'), t('report.region'), t('report.placeEvents')],
      places.slice(0, PLACES_ROWS).map((p) => [p.name, p.region, formatNumber(p.events)]),
      [40, 45, 15],
    ),
  );
  if (places.length > PLACES_ROWS)
    body.push(para([small(t('report.placesMore', { n: formatNumber(places.length - PLACES_ROWS) }), { italics: true })]));

  // Top themes with examples.
  body.push(heading(t('report.themes')));
  const recs = (n: number) => plural(n, { one: t('recs.one'), few: t('recs.few'), many: t('recs.many'), other: t('recs.few') });
  const latestFirst = [...selected].sort((a, b) =>
    (b.date.start ?? String(b.year ?? '')).localeCompare(a.date.start ?? String(a.year ?? '')),
  );
  const themes = [...summary.themes]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_THEMES);
  for (const [id, n] of themes) {
    body.push(para([text(t('report.themeLine', { theme: input.themeLabels[id] ?? id, n: recs(n) }), { bold: true })], { after: 60 }));
    // From different events, the latest first.
    const examples: { r: Resolution; i: Resolution['recommendations'][number] }[] = [];
    for (const r of latestFirst) {
      const i = r.recommendations.find((x) => x.themes.includes(id));
      if (i) examples.push({ r, i });
      if (examples.length === EXAMPLES) break;
    }
    for (const { r, i } of examples)
      body.push(
        para([text(`${quoted(i.text)} `), text(`— ${eventName(r)}${r.year !== null ? `, ${r.year}` : ''}`, { italics: true })], {
          indent: true,
          after: 60,
        }),
      );
  }

  // Recurring recommendations.
  body.push(heading(t('report.recurring')));
  if (!input.recurring.length) body.push(para([text(t('report.noRecurring'), { italics: true })]));
  const events = (n: number) =>
    plural(n, {
      one: t('recurring.events.one'),
      few: t('recurring.events.few'),
      many: t('recurring.events.many'),
      other: t('recurring.events.other'),
    });
  const ids = new Set(selected.map((r) => r.id));
  for (const g of input.recurring) {
    body.push(para([text(t('recurring.groupTitle', { n: events(g.events), years: g.years.join(', ') }), { bold: true })], { after: 60 }));
    for (const m of g.members) {
      const r = input.eventById?.get(m.resolutionId) ?? selected.find((x) => x.id === m.resolutionId);
      const who = `${r ? eventLabel(r) : m.resolutionId}${m.year !== null ? `, ${m.year}` : ''}${ids.has(m.resolutionId) ? '' : ` (${t('recurring.outside')})`}`;
      body.push(para([text(`${quoted(m.item.text)} `), text(`— ${who}`, { italics: true })], { indent: true, after: 60 }));
    }
  }

  // Series.
  if (input.series.length) {
    body.push(heading(t('report.series')));
    for (const s of input.series) {
      body.push(
        para([text(quoted(s.name), { bold: true }), text(` — ${t(`kind.${s.kind}`)}${s.organizer ? `, ${s.organizer.name}` : ''}`)], {
          after: 60,
        }),
      );
      const list = s.editions.map(
        (e) =>
          `${e.number !== null ? formatOrdinal(e.number, s.style) : t('series.noNumber')} (${e.year ?? t('unknown')}): ${countText(e.records[0].participants.total, e.records[0].approx.total)}`,
      );
      body.push(para([text(`${t('series.edition')}: ${list.join('; ')}`)], { indent: true, after: 60 }));
      if (s.gaps.length)
        body.push(
          para([text(`${t('series.missing', { list: formatRuns(s.gaps, s.style) })} — ${t('series.missingHint')}`, { italics: true })], {
            indent: true,
          }),
        );
      if (s.earlier.length)
        body.push(para([text(t('series.earlier', { list: formatRuns(s.earlier, s.style) }), { italics: true })], { indent: true }));
    }
  }

  // What a careful reader should know.
  body.push(heading(t('report.warnings')));
  const notes: TextRun[][] = [];
  for (const r of selected) {
    for (const w of r.warnings)
      notes.push([text(`${eventName(r)}${r.year !== null ? `, ${r.year}` : ''}: `, { bold: true }), text(warningText(w))]);
  }
  if ([f.participants, f.online, f.offline, f.reports].some((x) => sumQualifier(x))) notes.push([text(t('report.approx'))]);
  if (summary.unknownFormat.length)
    notes.push([
      text(
        t('report.formatUnknown', {
          list: summary.unknownFormat.map((e) => `${e.label}${e.year !== null ? ` (${e.year})` : ''}`).join('; '),
        }),
      ),
    ]);
  if (!notes.length) body.push(para([text(t('report.noWarnings'), { italics: true })]));
  for (const n of notes) body.push(new Paragraph({ children: n, bullet: { level: 0 }, spacing: { after: 80 } }));

  const doc = new Document({
    creator: t('app.title'),
    title: t('report.title'),
    description: input.filtersLine,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 28, bold: true, color: '0B3D91' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: body,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(doc);
  return new Uint8Array(bytes);
}
