// Regenerates every committed geographic file: the basemap and the gazetteer.
// Run by `npm run geodata` at the project root (which installs this package first). The outputs must come
// out byte-identical unless a source package or a generator changed; `git diff` shows what did.
import { writeBasemap } from './build-basemap';
import { writeGazetteer } from './build-gazetteer';

await writeBasemap();
writeGazetteer();
