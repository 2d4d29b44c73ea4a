// Derived views of a selection: plain arrays and numbers for the charts and key figures.
// Unknown stays unknown: every sum comes with the number of events where the text is silent.

import type { CountField, Item, Resolution } from '../types';

export interface Figure {
  value: number;
  /** Events of the selection whose text does not state this figure. */
  silent: number;
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
}

function sum(rs: Resolution[], field: CountField): Figure {
  let value = 0;
  let silent = 0;
  for (const r of rs) {
    const v = r.participants[field];
    if (v === null) silent++;
    else value += v;
  }
  return { value, silent };
}

/** Distinct places the selection's participants and speakers came from or met in (not places only mentioned). */
export function placesReached(rs: Resolution[]): number {
  const keys = new Set<string>();
  for (const r of rs) for (const k of reachedKeys(r)) keys.add(k);
  return keys.size;
}

// Records never change in place (the store replaces them), so their place keys are computed once.
const reached = new WeakMap<Resolution, string[]>();
function reachedKeys(r: Resolution): string[] {
  let keys = reached.get(r);
  if (!keys) reached.set(r, (keys = r.places.filter((p) => p.role !== 'mentioned').map((p) => `${p.name}|${p.regionCode ?? ''}`)));
  return keys;
}

export function keyFigures(rs: Resolution[]): KeyFigures {
  const online = sum(rs, 'online');
  const withOnline = rs.filter((r) => r.participants.online !== null && r.participants.total !== null);
  const base = withOnline.reduce((s, r) => s + r.participants.total!, 0);
  return {
    events: rs.length,
    participants: sum(rs, 'total'),
    online,
    offline: sum(rs, 'offline'),
    reports: sum(rs, 'reports'),
    places: placesReached(rs),
    onlineShare: base > 0 ? withOnline.reduce((s, r) => s + r.participants.online!, 0) / base : null,
  };
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
      mismatch: r.warnings.find((w) => w.code === 'count-mismatch')?.message ?? null,
    }));
}

/** Participants per year: offline, online, and those of events that give no split. */
export function yearSplit(rs: Resolution[]) {
  const byYear = new Map<number, { year: number; offline: number; online: number; notStated: number; silent: number }>();
  for (const r of rs) {
    if (r.year === null) continue;
    const row = byYear.get(r.year) ?? { year: r.year, offline: 0, online: 0, notStated: 0, silent: 0 };
    const { total, offline, online } = r.participants;
    row.offline += offline ?? 0;
    row.online += online ?? 0;
    if (offline === null && online === null) row.notStated += total ?? 0;
    if (total === null && offline === null && online === null) row.silent++;
    byYear.set(r.year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function unknownFormat(rs: Resolution[]) {
  return rs.filter((r) => r.format === null).map((r) => ({ id: r.id, label: eventLabel(r), year: r.year }));
}

export function themeCounts(rs: Resolution[], themes: { id: string; label: string }[]) {
  const counts = new Map<string, number>();
  for (const r of rs) for (const [t, n] of themesOf(r)) counts.set(t, (counts.get(t) ?? 0) + n);
  return themes.map((t) => ({ ...t, count: counts.get(t.id) ?? 0 }));
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

export function themeGrid(rs: Resolution[]) {
  const cells = new Map<string, { theme: string; year: number; count: number }>();
  for (const r of rs) {
    if (r.year === null) continue;
    for (const [theme, n] of themesOf(r)) {
      const key = `${theme}|${r.year}`;
      const cell = cells.get(key) ?? { theme, year: r.year, count: 0 };
      cell.count += n;
      cells.set(key, cell);
    }
  }
  const years = [...new Set(rs.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return { years, cells: [...cells.values()] };
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
