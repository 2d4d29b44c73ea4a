// Recommendations that come back: the same demand, in other words, in the resolutions of other events.
// Two recommendations at least THRESHOLD alike (similarity.ts) are linked; a group is what the links
// connect, kept when its members come from two events or more. Each member keeps its item, and so its
// quote and offsets in its event's text.
//
// Cost: identical wordings are compared once (copies of one text are one signature); candidates are
// found through their rarest words (an inverted index), so the work grows with the pairs that share
// rare words, not with the square of the recommendations.

import type { Item, Resolution } from '../types';
import { signature, similarity, THRESHOLD, type Signature } from './similarity';

export interface RecurringMember {
  resolutionId: string;
  year: number | null;
  item: Item;
  /** Its place in the record's `recommendations`. */
  index: number;
}

export interface RecurringGroup {
  /** Stable while the data stays the same: "g-" and the first member's event id and index. */
  id: string;
  /** Latest event first; within an event, in the text's order. */
  members: RecurringMember[];
  /** The distinct years of the members' events, ascending (undated events left out). */
  years: number[];
  /** How many events it comes back in. */
  events: number;
}

export interface RecurringIndex {
  /** Most events first, then the latest year. */
  readonly groups: RecurringGroup[];
  /** The group of a recommendation (the very `Item` object of a record), or null when it does not recur. */
  of(item: Item): RecurringGroup | null;
  /** The groups with at least one member among `resolutions`, in the same order. */
  touching(resolutions: readonly Resolution[]): RecurringGroup[];
}

// A stem is looked up only among the rarest words of each signature: enough of them that two signatures
// as alike as THRESHOLD share one (for unweighted sets, a Jaccard of THRESHOLD / (2 − THRESHOLD)).
const JACCARD = THRESHOLD / (2 - THRESHOLD);
const prefixLength = (n: number) => Math.max(1, n - Math.ceil(JACCARD * n) + 1);

export function findRecurring(records: readonly Resolution[], threshold = THRESHOLD): RecurringIndex {
  // 1. One signature per distinct wording.
  const sigIndex = new Map<string, number>();
  const sigs: Signature[] = [];
  const membersOf: RecurringMember[][] = [];
  for (const r of records) {
    for (const [index, item] of r.recommendations.entries()) {
      let k = sigIndex.get(item.text);
      if (k === undefined) {
        const sig = signature(item.text);
        if (!sig.stems.length) continue;
        k = sigs.length;
        sigs.push(sig);
        membersOf.push([]);
        sigIndex.set(item.text, k);
      }
      membersOf[k].push({ resolutionId: r.id, year: r.year, item, index });
    }
  }

  // 2. Candidate pairs through the rarest words of each unit (the whole text and each long clause).
  const df = new Map<string, number>();
  for (const s of sigs) for (const stem of s.stems) df.set(stem, (df.get(stem) ?? 0) + 1);
  const rarestFirst = (stems: readonly string[]) => [...stems].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1));
  const keysOf = sigs.map((s) => {
    const keys = new Set<string>();
    for (const unit of [s.stems, ...s.clauses]) for (const stem of rarestFirst(unit).slice(0, prefixLength(unit.length))) keys.add(stem);
    return keys;
  });
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, k) => {
    for (const stem of keys) {
      const list = postings.get(stem);
      if (list) list.push(k);
      else postings.set(stem, [k]);
    }
  });

  // 3. Links: union-find over the signatures.
  const parent = sigs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const seen = new Set<number>();
  for (let a = 0; a < sigs.length; a++) {
    seen.clear();
    const s = sigs[a];
    for (const stem of keysOf[a]) {
      for (const b of postings.get(stem)!) {
        if (b <= a || seen.has(b)) continue;
        seen.add(b);
        if (find(a) === find(b)) continue;
        if (similarity(s, sigs[b]) >= threshold) parent[find(b)] = find(a);
      }
    }
  }

  // 4. Groups that span two events or more.
  const byRoot = new Map<number, RecurringMember[]>();
  membersOf.forEach((members, k) => {
    const root = find(k);
    const list = byRoot.get(root);
    if (list) list.push(...members);
    else byRoot.set(root, [...members]);
  });
  const groups: RecurringGroup[] = [];
  const groupOf = new Map<Item, RecurringGroup>();
  for (const members of byRoot.values()) {
    const events = new Set(members.map((m) => m.resolutionId));
    if (events.size < 2) continue;
    // Members were collected wording by wording, each in the records' order: a stable sort by year keeps that within a year.
    members.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
    const years = [...new Set(members.map((m) => m.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    const first = members[members.length - 1];
    const group: RecurringGroup = { id: `g-${first.resolutionId.slice(2, 10)}-${first.index}`, members, years, events: events.size };
    groups.push(group);
    for (const m of members) groupOf.set(m.item, group);
  }
  groups.sort((a, b) => b.events - a.events || (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0) || b.members.length - a.members.length);

  return {
    groups,
    of: (item) => groupOf.get(item) ?? null,
    touching(resolutions) {
      const ids = new Set(resolutions.map((r) => r.id));
      return groups.filter((g) => g.members.some((m) => ids.has(m.resolutionId)));
    },
  };
}
