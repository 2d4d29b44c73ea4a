// `npm run bench:parse`: parse throughput on a generated corpus of 10 000 resolutions, on one core; then
// the linearity check: 1 MB of each adversarial shape (scripts/adversarial.ts) against 1 MB of realistic
// text (the seeds repeated) timed in turn with it, each the best of three runs. `-- N` sets the corpus size, `--size BYTES` the
// shapes' size, `--json` prints one JSON line.

import { readFileSync, readdirSync } from 'node:fs';
import { defaultGazetteer } from '../src/lib/geo/gazetteer';
import { parseResolution } from '../src/lib/parse/resolution';
import { ADVERSARIAL } from './adversarial';
import { generateCorpus } from './corpus';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const N = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--size') ?? 10_000);
const SIZE = option('--size') ?? 1_000_000;
const parse = (text: string) => parseResolution(text, { gazetteer: defaultGazetteer });

/**
 * Throughput on the generated corpus. (A function, so that the corpus is let go before the linearity
 * check: 10 000 texts held on to would make every collection there slower, the more so for the shapes
 * that allocate most — a cost of this script, not of the parser, which takes one file at a time.)
 */
function throughput() {
  const corpus = generateCorpus(N);
  const bytes = corpus.reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0);
  // Warm-up: JIT, stemmer caches and gazetteer indexes are built once per process.
  for (const t of corpus.slice(0, 200)) parse(t);
  const t0 = performance.now();
  let recommendations = 0;
  for (const t of corpus) recommendations += parse(t).recommendations.length;
  return { bytes, recommendations, seconds: (performance.now() - t0) / 1000 };
}
const { bytes, recommendations, seconds } = throughput();

/** Milliseconds to parse each text: the best of three runs, the texts taken in turn (a busy machine only ever adds time). */
function best(...texts: string[]): number[] {
  const min = texts.map(() => Infinity);
  for (let run = 0; run < 3; run++) {
    texts.forEach((text, i) => {
      const start = performance.now();
      parse(text);
      min[i] = Math.min(min[i], performance.now() - start);
    });
  }
  return min.map(Math.round);
}

const seedDir = new URL('../data/resolutions/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedDir), 'utf8'))
  .join('\n\n');
const realistic = seeds.repeat(Math.ceil(SIZE / seeds.length)).slice(0, SIZE);
// Each shape is timed in turn with the realistic text, so that both meet the same heap and the same load.
let realisticMs = Infinity;
const adversarial = Object.fromEntries(
  Object.entries(ADVERSARIAL).map(([name, make]) => {
    const [beside, ms] = best(realistic, make(SIZE));
    realisticMs = Math.min(realisticMs, beside);
    return [name, { ms, timesRealistic: +(ms / beside).toFixed(2) }];
  }),
);

const figures = {
  documents: N,
  megabytes: +(bytes / 1e6).toFixed(1),
  recommendations,
  seconds: +seconds.toFixed(2),
  documentsPerSecond: Math.round(N / seconds),
  megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
  linearity: {
    characters: SIZE,
    realisticMs,
    worstTimesRealistic: Math.max(...Object.values(adversarial).map((a) => a.timesRealistic)),
    adversarial,
  },
};
console.log(args.includes('--json') ? JSON.stringify(figures) : JSON.stringify(figures, null, 2));
