// `npm run bench:parse`: parse throughput on a generated corpus of 10 000 resolutions, on one core.

import { defaultGazetteer } from '../src/lib/geo/gazetteer';
import { parseResolution } from '../src/lib/parse/resolution';
import { generateCorpus } from './corpus';

const N = Number(process.argv[2] ?? 10_000);
const corpus = generateCorpus(N);
const bytes = corpus.reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0);

// Warm-up: JIT, stemmer caches and gazetteer indexes are built once per process.
for (const t of corpus.slice(0, 200)) parseResolution(t, { gazetteer: defaultGazetteer });

const t0 = performance.now();
let recommendations = 0;
for (const t of corpus) recommendations += parseResolution(t, { gazetteer: defaultGazetteer }).recommendations.length;
const seconds = (performance.now() - t0) / 1000;

const figures = {
  documents: N,
  megabytes: +(bytes / 1e6).toFixed(1),
  recommendations,
  seconds: +seconds.toFixed(2),
  documentsPerSecond: Math.round(N / seconds),
  megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
};
console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
