// `npm run ingest`: parses data/resolutions/* into data/resolutions.json, the file the app bundles.
// Prints one line per file and the places that could not be placed on the map.

import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { defaultGazetteer } from '../src/lib/geo/gazetteer';
import { parseResolution } from '../src/lib/parse/resolution';
import type { Dataset, Resolution } from '../src/lib/types';
import { readSource } from './read-files';

const root = new URL('..', import.meta.url).pathname;
const sourceDir = join(root, 'data/resolutions');
const outFile = join(root, 'data/resolutions.json');

const show = (n: number | null) => (n === null ? '–' : new Intl.NumberFormat('ru-RU').format(n));
const files = (await readdir(sourceDir)).filter((f) => !f.startsWith('.')).sort();
const resolutions: Resolution[] = [];
const unresolved: string[] = [];
let failed = false;

for (const file of files) {
  const read = await readSource(join(sourceDir, file));
  if (!read.ok) {
    console.error(`✗ ${read.message}`);
    failed = true;
    continue;
  }
  const r = parseResolution(read.text, { file, gazetteer: defaultGazetteer });
  resolutions.push(r);
  const p = r.participants;
  const lost = r.places.filter((pl) => pl.lat === null).map((pl) => pl.name);
  unresolved.push(...lost.map((name) => `${file}: ${name}`));
  console.log(
    [
      file,
      r.date.start ?? 'дата ?',
      (r.title ?? 'без названия').slice(0, 50),
      `всего ${show(p.total)}, очно ${show(p.offline)}, онлайн ${show(p.online)}, докладов ${show(p.reports)}`,
      `мест ${r.places.length}`,
      `рекомендаций ${r.recommendations.length}`,
      r.warnings.length ? `предупреждений ${r.warnings.length}` : '',
    ]
      .filter(Boolean)
      .join(' | '),
  );
}

// The version is a hash of the content, so the store re-seeds exactly when the bundled data changes.
const body = JSON.stringify(resolutions);
const dataset: Dataset = { version: bytesToHex(sha256(new TextEncoder().encode(body))).slice(0, 16), resolutions };
await writeFile(outFile, JSON.stringify(dataset) + '\n');
console.log(`\n${resolutions.length} документов → ${outFile} (версия ${dataset.version})`);
console.log(unresolved.length ? `Не удалось определить места:\n  ${unresolved.join('\n  ')}` : 'Все места определены.');
process.exitCode = failed ? 1 : 0;
