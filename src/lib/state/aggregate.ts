// Derived views of a selection: plain arrays and numbers for the charts and key figures.
// Unknown stays unknown: every sum comes with the number of events where the text is silent.

import type { Item, Qualifier, Resolution, Warning } from '../types';

/** An event whose format (offline, online, mixed) the text does not state: listed under the format chart. */
export interface UnknownFormatEvent {
  id: string;
  label: string;
  year: number | null;
}

export interface Figure {
  value: number;
  /** Events of the selection whose text does not state this figure. */
  silent: number;
  /** Events whose count entered the sum as stated approximately ("более 200" as 200), by qualifier;
   * absent when every count in the sum is exact. The sum then says so (see sumQualifier). */
  approx?: Partial<Record<Qualifier, number>>;
}

/** How a sum reads when approximate counts are part of it: "не менее" when every one was "более …",
 * "не более" when every one was "до …", "около" otherwise; null when the sum is exact. */
export type SumQualifier = 'atLeast' | 'atMost' | 'about';
export function sumQualifier(f: Figure): SumQualifier | null {
  const a = f.approx;
  if (!a) return null;
  const [more, about, less] = [a.more ?? 0, a.about ?? 0, a.less ?? 0];
  if (about > 0 || (more > 0 && less > 0)) return 'about';
  return more > 0 ? 'atLeast' : less > 0 ? 'atMost' : null;
}

export interface KeyFigures {
  events: number;
  participants: Figure;
  online: Figure;
  offline: Figure;
  reports: Figure;
  places: number;
  /** Online participants as a share of the participants of events that state the online figure. */
  onlineShare: number | null;
  /** The warnings that offline + online ≠ the stated total, of the events summed (flagged by the total). */
  mismatches: Warning[];
}

/** Partial sums of one year's events (year null: undated ones). A year-range change adds up the
 * buckets in range instead of going over every event again: at 10 000 events that is what keeps a
 * change of years within a frame. */
export interface YearBucket {
  year: number | null;
  events: number;
  participants: Figure;
  online: Figure;
  offline: Figure;
  reports: Figure;
  /** Participants and online participants of the events that state both (the online share's base). */
  shareBase: number;
  shareOnline: number;
  /** Places the participants and speakers came from or met in (see reachedKeys). */
  places: Set<string>;
  /** The warnings that offline + online ≠ the stated total, of the year's events (shown where the year's sum is). */
  mismatches: Warning[];
  /** Recommendations per theme. */
  themes: Map<string, number>;
  /** Participants of events that give no offline/online split; events that state no count at all. */
  notStated: number;
  silent: number;
  unknownFormat: UnknownFormatEvent[];
}

const figure = (): Figure => ({ value: 0, silent: 0 });
function add(f: Figure, v: number | null, q?: Qualifier) {
  if (v === null) f.silent++;
  else f.value += v;
  if (v !== null && q) (f.approx ??= {})[q] = (f.approx[q] ?? 0) + 1;
}
/** Adds the sum `part` into `f`, approximate counts included. */
function merge(f: Figure, part: Figure) {
  f.value += part.value;
  f.silent += part.silent;
  if (part.approx) for (const [q, n] of Object.entries(part.approx) as [Qualifier, number][]) (f.approx ??= {})[q] = (f.approx[q] ?? 0) + n;
}

/** The events in buckets by year, in year order, undated last. */
export function yearBuckets(rs: Resolution[]): YearBucket[] {
  const byYear = new Map<number | null, YearBucket>();
  for (const r of rs) {
    let b = byYear.get(r.year);
    if (!b) {
      b = {
        year: r.year,
        events: 0,
        participants: figure(),
        online: figure(),
        offline: figure(),
        reports: figure(),
        shareBase: 0,
        shareOnline: 0,
        places: new Set(),
        mismatches: [],
        themes: new Map(),
        notStated: 0,
        silent: 0,
        unknownFormat: [],
      };
      byYear.set(r.year, b);
    }
    const { total, offline, online, reports } = r.participants;
    b.events++;
    add(b.participants, total, r.approx.total);
    add(b.online, online, r.approx.online);
    add(b.offline, offline, r.approx.offline);
    add(b.reports, reports, r.approx.reports);
    if (online !== null && total !== null) [b.shareBase, b.shareOnline] = [b.shareBase + total, b.shareOnline + online];
    for (const k of reachedKeys(r)) b.places.add(k);
    for (const [t, n] of themesOf(r)) b.themes.set(t, (b.themes.get(t) ?? 0) + n);
    // Not stated: what the total leaves after offline and online, as the timeline stacks it.
    if (total !== null) b.notStated += Math.max(0, total - (offline ?? 0) - (online ?? 0));
    for (const w of r.warnings) if (w.code === 'count-mismatch') b.mismatches.push(w);
    if (total === null && offline === null && online === null) b.silent++;
    if (r.format === null) b.unknownFormat.push({ id: r.id, label: eventLabel(r), year: r.year });
  }
  return [...byYear.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

/** What the key figures and the year, theme and format charts show for a year range. */
export interface Summary {
  figures: KeyFigures;
  /** Participants per year: offline, online, and those of events that give no split. */
  split: { year: number; offline: number; online: number; notStated: number; silent: number }[];
  /** Events whose format (offline, online, mixed) the text does not state. */
  unknownFormat: UnknownFormatEvent[];
  /** Recommendations per theme id. */
  themes: Map<string, number>;
  /** Recommendations per theme and year, for the years of the range that have events. */
  grid: { years: number[]; cells: { theme: string; year: number; count: number }[] };
  /** Each dated year of the range as the key figures count it: the stated totals (approximate ones
   * marked), offline and online sums with their silent events, and the count mismatches. */
  years: YearFacts[];
}

export type YearFacts = Pick<YearBucket, 'participants' | 'offline' | 'online' | 'events' | 'mismatches'> & { year: number };

/** Adds up the buckets of the years from–to (inclusive; either may be open). As in the selection,
 * a bound excludes undated events. */
export function summarize(buckets: YearBucket[], from: number | null = null, to: number | null = null): Summary {
  const participants = figure(),
    online = figure(),
    offline = figure(),
    reports = figure();
  const places = new Set<string>();
  const themes = new Map<string, number>();
  const s: Summary = {
    figures: { events: 0, participants, online, offline, reports, places: 0, onlineShare: null, mismatches: [] },
    split: [],
    unknownFormat: [],
    themes,
    grid: { years: [], cells: [] },
    years: [],
  };
  let shareBase = 0,
    shareOnline = 0;
  for (const b of buckets) {
    if ((from !== null || to !== null) && (b.year === null || (from !== null && b.year < from) || (to !== null && b.year > to))) continue;
    s.figures.events += b.events;
    for (const [f, part] of [
      [participants, b.participants],
      [online, b.online],
      [offline, b.offline],
      [reports, b.reports],
    ])
      merge(f, part);
    shareBase += b.shareBase;
    shareOnline += b.shareOnline;
    for (const k of b.places) places.add(k);
    for (const [t, n] of b.themes) themes.set(t, (themes.get(t) ?? 0) + n);
    s.unknownFormat.push(...b.unknownFormat);
    s.figures.mismatches.push(...b.mismatches);
    if (b.year === null) continue;
    s.split.push({ year: b.year, offline: b.offline.value, online: b.online.value, notStated: b.notStated, silent: b.silent });
    s.years.push({
      year: b.year,
      events: b.events,
      participants: b.participants,
      offline: b.offline,
      online: b.online,
      mismatches: b.mismatches,
    });
    s.grid.years.push(b.year);
    for (const [theme, count] of b.themes) s.grid.cells.push({ theme, year: b.year, count });
  }
  s.figures.places = places.size;
  s.figures.onlineShare = shareBase > 0 ? shareOnline / shareBase : null;
  return s;
}

// Records never change in place (the store replaces them), so their place keys are computed once.
const reached = new WeakMap<Resolution, string[]>();
/** Distinct places a record's participants and speakers came from or met in (not places only mentioned). */
function reachedKeys(r: Resolution): string[] {
  let keys = reached.get(r);
  if (!keys) reached.set(r, (keys = r.places.filter((p) => p.role !== 'mentioned').map((p) => `${p.name}|${p.regionCode ?? ''}`)));
  return keys;
}

export function eventLabel(r: Resolution): string {
  return r.title ?? r.source.file;
}

export function timelineData(rs: Resolution[]) {
  return rs
    .filter((r) => r.date.start !== null)
    .map((r) => ({
      id: r.id,
      date: r.date.start!,
      label: eventLabel(r),
      total: r.participants.total,
      offline: r.participants.offline,
      online: r.participants.online,
      approx: r.approx,
      mismatch: r.warnings.find((w) => w.code === 'count-mismatch')?.message ?? null,
      warning: r.warnings.find((w) => w.code === 'count-mismatch') ?? null,
    }));
}

// Recommendations per theme of one record, counted once per record (records never change in place).
const themeTallies = new WeakMap<Resolution, [string, number][]>();
function themesOf(r: Resolution): [string, number][] {
  let tally = themeTallies.get(r);
  if (!tally) {
    const m = new Map<string, number>();
    for (const i of r.recommendations) for (const t of i.themes) m.set(t, (m.get(t) ?? 0) + 1);
    themeTallies.set(r, (tally = [...m]));
  }
  return tally;
}

/** The recommendations of the selection; with themes chosen, only those tagged with one of them. */
export function recommendationItems(rs: Resolution[], themes: string[]) {
  const out: { resolutionId: string; event: string; year: number | null; item: Item }[] = [];
  for (const r of rs) {
    for (const item of r.recommendations) {
      if (themes.length && !item.themes.some((t) => themes.includes(t))) continue;
      out.push({ resolutionId: r.id, event: eventLabel(r), year: r.year, item });
    }
  }
  return out;
}
