// Only in `vite build --mode bench` (the benchmark's build): lets scripts/bench.ts load a generated
// database through the app's own store. Production builds drop this module entirely. The store is
// imported when a figure needs it, as the app does, so that the JavaScript before the first chart is the
// production page's.
import type { Resolution } from '../lib/types';
import { data, database } from '../lib/state/data.svelte';

declare global {
  interface Window {
    __bench?: {
      putImported: (records: Resolution[]) => Promise<number>;
      /** Adds `n` synthetic documents made from the bundled ones, in batches, through the store. */
      loadSynthetic: (n: number, recs: number) => Promise<number>;
    };
  }
}

/** The store opens after the first paint (lib/state/data.svelte.ts): wait for it. */
async function openedDb() {
  for (let i = 0; i < 600 && !(data.status === 'ready' && database()); i++) await new Promise((r) => setTimeout(r, 50));
  const db = database();
  if (!db) throw new Error('database not open');
  return db;
}

window.__bench = {
  async putImported(records) {
    const db = await openedDb();
    const { putImported } = await import('../lib/store');
    return (await putImported(db, records)).added.length;
  },
  async loadSynthetic(n, recs) {
    const db = await openedDb();
    const { putImported } = await import('../lib/store');
    // One transaction: every view then re-reads the store once, not once per batch.
    return (await putImported(db, synthesize(data.resolutions, n, recs))).added.length;
  },
};

/** `n` synthetic records made from the loaded ones: other ids, years and counts, `recs` recommendations each. */
export function synthesize(base: Resolution[], n: number, recs: number): Resolution[] {
  const out: Resolution[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    const year = 2005 + (i % 20);
    const hex = (0x100000000 + i).toString(16).slice(1).padStart(16, '0');
    const recommendations = Array.from({ length: recs }, (_, k) => b.recommendations[k % b.recommendations.length]).filter(Boolean);
    const total = b.participants.total === null ? null : 50 + ((i * 37) % 900);
    // Offline and online scaled with the total, so that the parts still add up as in the source text.
    const scale = (v: number | null) =>
      v === null || total === null || !b.participants.total ? v : Math.round((v * total) / b.participants.total);
    out.push({
      ...b,
      id: `r-${hex}`,
      source: { ...b.source, file: `bench-${i}.txt`, sha256: hex.padEnd(64, '0') },
      date: { start: `${year}-11-${String(1 + (i % 28)).padStart(2, '0')}`, end: null },
      year,
      participants: { ...b.participants, total, offline: scale(b.participants.offline), online: scale(b.participants.online) },
      recommendations,
    });
  }
  return out;
}
