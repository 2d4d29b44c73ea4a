// Cold starts paid once per test file, in beforeAll, rather than inside whichever test happens to run
// first (where, on a busy machine, they would eat into that test's own time limit).
import { defaultGazetteer } from '../../src/lib/geo/gazetteer';

/** Builds the bundled gazetteer's name indexes (they are built on the first lookup, ~0.3–1 s). */
export function warmGazetteer(): void {
  if (!defaultGazetteer.placeByName('Москва')) throw new Error('the gazetteer has no Москва: indexes not built');
}
