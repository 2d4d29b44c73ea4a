// Precision and recall of "the same recommendation" (src/lib/recurring) on the pairs labelled by hand in
// test/unit/fixtures/recurring-pairs.ts, for each threshold and weight of the generic words: how
// THRESHOLD and GENERIC_WEIGHT were chosen. Run: npx tsx scripts/recurring-threshold.ts [--errors]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC_WEIGHT, signature, similarity, THRESHOLD } from '../src/lib/recurring';
import type { Dataset } from '../src/lib/types';
import { SEED_SAME, WRITTEN } from '../test/unit/fixtures/recurring-pairs';

const root = join(new URL('.', import.meta.url).pathname, '..');
const data = JSON.parse(readFileSync(join(root, 'data/resolutions.json'), 'utf8')) as Dataset;

// Every cross-event pair of the seeds' recommendations: the same demand where SEED_SAME says so.
const items = data.resolutions.flatMap((r) =>
  r.recommendations.map((it, i) => ({ key: `${r.source.file.slice(0, 3)}#${i}`, id: r.id, text: it.text })),
);
const same = new Set(SEED_SAME.map(([a, b]) => `${a} ${b}`));
const seedPairs: { a: string; b: string; same: boolean; label: string }[] = [];
for (let i = 0; i < items.length; i++) {
  for (let j = i + 1; j < items.length; j++) {
    if (items[i].id === items[j].id) continue;
    const label = `${items[i].key} ${items[j].key}`;
    seedPairs.push({ a: items[i].text, b: items[j].text, same: same.has(label), label });
  }
}
const written = WRITTEN.map((p) => ({ ...p, label: 'written' }));

type Scored = { same: boolean; score: (generic: number) => number; a: string; b: string; label: string };
const scored = (pairs: { a: string; b: string; same: boolean; label: string }[]): Scored[] =>
  pairs.map((p) => {
    const [sa, sb] = [signature(p.a), signature(p.b)];
    return { ...p, score: (generic: number) => similarity(sa, sb, generic) };
  });
const sets = { seeds: scored(seedPairs), written: scored(written) };
const all = [...sets.seeds, ...sets.written];

function prf(pairs: Scored[], threshold: number, generic: number) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const p of pairs) {
    const yes = p.score(generic) >= threshold;
    if (yes && p.same) tp++;
    else if (yes) fp++;
    else if (p.same) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(4);

const positives = all.filter((p) => p.same).length;
console.log(`Labelled pairs: ${all.length} (${positives} the same demand) — seeds ${sets.seeds.length}, written ${sets.written.length}\n`);
const thresholds = Array.from({ length: 13 }, (_, i) => 0.3 + i * 0.05);
let best = { f1: -1, threshold: 0, generic: 0 };
for (const generic of [1, 0.5, 0.35, 0.25]) {
  console.log(`generic words weigh ${generic}${generic === 1 ? ' (plain Dice)' : ''}`);
  console.log('  threshold  precision recall  F1   | written only: P    R');
  for (const t of thresholds) {
    const m = prf(all, t, generic);
    const w = prf(sets.written, t, generic);
    const mark = Math.abs(t - THRESHOLD) < 1e-9 && generic === GENERIC_WEIGHT ? '  ← chosen' : '';
    console.log(
      `  ${t.toFixed(2)}       ${pct(m.precision)}     ${pct(m.recall)}  ${m.f1.toFixed(2)} |              ${pct(w.precision)} ${pct(w.recall)}${mark}`,
    );
    if (m.f1 > best.f1 + 1e-9) best = { f1: m.f1, threshold: t, generic };
  }
}
const chosen = prf(all, THRESHOLD, GENERIC_WEIGHT);
console.log(
  `\nChosen: threshold ${THRESHOLD}, generic words ${GENERIC_WEIGHT}: precision ${pct(chosen.precision).trim()} (${chosen.tp}/${chosen.tp + chosen.fp}), ` +
    `recall ${pct(chosen.recall).trim()} (${chosen.tp}/${chosen.tp + chosen.fn}), F1 ${chosen.f1.toFixed(2)}; best F1 on the grid ${best.f1.toFixed(2)} ` +
    `at ${best.threshold.toFixed(2)} / ${best.generic}`,
);
if (process.argv.includes('--errors')) {
  for (const p of all) {
    const s = p.score(GENERIC_WEIGHT);
    if (s >= THRESHOLD !== p.same)
      console.log(`${p.same ? 'missed' : 'false '} ${s.toFixed(2)} ${p.label}: ${p.a.slice(0, 60)} | ${p.b.slice(0, 60)}`);
  }
}
