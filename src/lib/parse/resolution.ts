// The orchestrator: one call, one record. Pure TypeScript (no DOM, no Node APIs): the ingest CLI, the
// import worker and the tests all call this same function. It never throws: a stage that fails leaves
// its fields null and adds a warning, and the other stages still run.

import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { Gazetteer } from '../geo/gazetteer';
import type { EvidenceField, Item, Resolution, Span, Warning } from '../types';
import { COUNT_FIELDS } from '../types';
import { extractCounts } from './counts';
import { findEventDate, findEventYear } from './dates';
import { detectFormat } from './format';
import { detectDocType, detectKind, detectOrdinal, detectOrganizer, detectTitle } from './header';
import { extractPlaces } from './places';
import { decisionsStart, extractSections, findMarkers, type RawItem } from './sections';
import { tagThemes } from './themes';
import { mask } from './text';
import { checkRecord } from './warnings';

export interface ParseOptions {
  /** The source file's name, kept in `source.file`. */
  file?: string;
  gazetteer: Gazetteer;
}

/** Line ends folded to \n and a BOM dropped: the form every offset refers to. */
export function normalizeText(input: string): string {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function parseResolution(input: string, options: ParseOptions): Resolution {
  const text = normalizeText(typeof input === 'string' ? input : String(input ?? ''));
  const hash = bytesToHex(sha256(new TextEncoder().encode(text)));
  const record = emptyRecord(text, hash, options.file ?? '');
  const failures: Warning[] = [];
  const stage = <T>(name: string, run: () => T): T | null => {
    try {
      return run();
    } catch (err) {
      failures.push({ code: 'parser-error', field: name, message: `Сбой при разборе (${name}): ${String(err)}` });
      return null;
    }
  };

  const masked = mask(text);
  const markers = stage('sections', () => findMarkers(masked)) ?? [];
  const items = stage('sections', () => extractSections(text, masked, markers)) ?? [];
  const narrativeEnd = stage('sections', () => decisionsStart(masked, markers)) ?? text.length;
  const narrative = masked.slice(0, narrativeEnd);
  const evidence: Partial<Record<EvidenceField, Span>> = {};

  stage('header', () => {
    const decides = markers.some((m) => m.decides) && items.some((i) => i.section === 'recommendations');
    record.docType = detectDocType(masked, decides);
    const kind = detectKind(text, masked);
    record.kind = kind.kind;
    if (kind.evidence) evidence.kind = kind.evidence;
    const ordinal = detectOrdinal(text, masked);
    if (ordinal) [record.ordinal, evidence.ordinal] = [ordinal.ordinal, ordinal.evidence];
    const title = detectTitle(text, masked);
    if (title) [record.title, evidence.title] = [title.title, title.evidence];
    const organizer = detectOrganizer(text, masked);
    if (organizer) [record.organizer, evidence.organizer] = [organizer.organizer, organizer.evidence];
  });

  stage('date', () => {
    const date = findEventDate(text, masked, { headerFirst: record.docType === 'resolution' });
    if (!date) {
      const year = findEventYear(text, masked);
      if (year) [record.year, evidence.year] = [year.year, year.evidence];
      return;
    }
    record.date = { start: date.start, end: date.end };
    record.year = Number(date.start.slice(0, 4));
    evidence.date = date.evidence;
  });

  stage('participants', () => {
    const counts = extractCounts(text, narrative);
    record.participants = counts.participants;
    record.approx = counts.approx;
    for (const f of COUNT_FIELDS) if (counts.evidence[f]) evidence[`participants.${f}`] = counts.evidence[f];
    const format = detectFormat(text, narrative, counts.participants, counts.evidence);
    record.format = format.format;
    if (format.evidence) evidence.format = format.evidence;
  });

  stage('places', () => {
    const found = extractPlaces(text, options.gazetteer);
    record.places = found.places;
    record.hostCity = found.hostCity;
    if (found.hostCity) evidence.hostCity = found.hostCity.evidence;
  });

  stage('themes', () => {
    record.recommendations = toItems(items, 'recommendations');
    record.considered = toItems(items, 'considered');
    record.conclusions = toItems(items, 'conclusions');
  });

  record.evidence = evidence;
  record.warnings = [...(stage('warnings', () => checkRecord(record, masked, items.length > 0)) ?? []), ...failures];
  return record;
}

function toItems(items: RawItem[], section: RawItem['section']): Item[] {
  return items
    .filter((i) => i.section === section)
    .map((i) => {
      const tagged = tagThemes(i.text);
      const { quote, start, end } = i.evidence;
      return { text: i.text, themes: tagged.themes, evidence: { quote, start, end, matches: tagged.matches } };
    });
}

function emptyRecord(text: string, hash: string, file: string): Resolution {
  return {
    id: `r-${hash.slice(0, 16)}`,
    source: { file, sha256: hash, chars: text.length },
    text,
    docType: 'other',
    title: null,
    kind: 'other',
    ordinal: null,
    organizer: null,
    date: { start: null, end: null },
    year: null,
    hostCity: null,
    format: null,
    participants: Object.fromEntries(COUNT_FIELDS.map((f) => [f, null])) as Resolution['participants'],
    approx: {},
    places: [],
    recommendations: [],
    considered: [],
    conclusions: [],
    evidence: {},
    warnings: [],
  };
}
