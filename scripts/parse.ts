// `npm run --silent parse -- FILE...`: a JSON array of Resolution on stdout, one per readable file.
// Unreadable, empty or binary files are named on stderr; the others are still parsed; exit code 1 then.

import { defaultGazetteer } from '../src/lib/geo/gazetteer';
import { parseResolution } from '../src/lib/parse/resolution';
import { readSource } from './read-files';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run --silent parse -- FILE...');
  process.exit(2);
}
const results = [];
let failed = false;
for (const path of paths) {
  const read = await readSource(path);
  if (!read.ok) {
    console.error(read.message);
    failed = true;
    continue;
  }
  results.push(parseResolution(read.text, { file: read.file, gazetteer: defaultGazetteer }));
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
process.exitCode = failed ? 1 : 0;
