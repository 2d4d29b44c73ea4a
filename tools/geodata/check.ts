// Checks, without writing anything, that the committed geographic files are exactly what the generators
// build from this package's pinned sources, and that the hand-written region table (src/lib/geo/regions.ts)
// agrees with iso3166-2-db. Run by `npm run geodata:check` at the project root; exit code 1 on any mismatch.
// (The app's own tests read the committed files as data and never need these packages.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { regionByCode } from '../../src/lib/geo/regions';
import { BASEMAP_FILE, buildBasemap } from './build-basemap';
import { COUNTRIES_FILE, buildCountries } from './build-countries';
import { GAZETTEER_FILE, buildGazetteer } from './build-gazetteer';

const require = createRequire(import.meta.url);
const failures: string[] = [];

/** Compares a generator's text with the committed file; names the first differing line. */
function same(file: URL, built: string): void {
  const committed = readFileSync(file, 'utf8');
  const name = fileURLToPath(file);
  if (committed === built) {
    console.log(`ok    ${name} (${Buffer.byteLength(built)} bytes, as generated)`);
    return;
  }
  const a = committed.split('\n');
  const b = built.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  failures.push(
    `${name} differs from its generator at line ${i + 1}:\n  committed: ${(a[i] ?? '(end)').slice(0, 160)}\n  generated: ${(b[i] ?? '(end)').slice(0, 160)}`,
  );
}

same(BASEMAP_FILE, await buildBasemap());
same(GAZETTEER_FILE, buildGazetteer());
same(COUNTRIES_FILE, buildCountries());

// regions.ts was checked against iso3166-2-db@2.3.11: its 83 Russian subjects (without RU-CR and RU-SEV)
// carry the same ISO codes and GeoNames admin1 codes as our table.
const isoRu = require('iso3166-2-db/regions/RU/ru.json') as { iso: string; admin: string; name: string }[];
if (isoRu.length !== 83) failures.push(`iso3166-2-db lists ${isoRu.length} Russian subjects, expected 83`);
const disagree = isoRu.filter((r) => regionByCode(`RU-${r.iso}`)?.admin1 !== `RU.${r.admin}`);
for (const r of disagree) failures.push(`regions.ts: RU-${r.iso} (${r.name}) is not GeoNames RU.${r.admin}`);
if (!disagree.length) console.log(`ok    src/lib/geo/regions.ts agrees with iso3166-2-db on ${isoRu.length} subjects`);

if (failures.length) {
  console.error(`\n${failures.join('\n')}\n\nRegenerate with \`npm run geodata\` and review \`git diff\`.`);
  process.exit(1);
}
