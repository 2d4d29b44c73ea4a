// Regenerates every committed geographic file: the basemap, the gazetteer and the countries table.
// Run by `npm run geodata` at the project root (which installs this package first). The outputs must come
// out byte-identical unless a source package or a generator changed; `git diff` shows what did.
import { writeBasemap } from './build-basemap';
import { writeCountries } from './build-countries';
import { writeGazetteer } from './build-gazetteer';

await writeBasemap();
writeGazetteer();
writeCountries();
