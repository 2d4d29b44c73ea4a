// The parser stays linear: 1 MB of each adversarial shape (scripts/adversarial.ts) is parsed into a
// well-formed record. Before the bounded reaches, several of these ran for minutes (quadratic: every
// number, place or marker walked its whole sentence or line); now each takes well under a second. The
// limit below is no timing: it only stops a run that has gone quadratic again. The figures against
// realistic text are printed by `npm run bench:parse`.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../../../scripts/adversarial';
import { defaultGazetteer } from '../../../src/lib/geo/gazetteer';
import { parseResolution } from '../../../src/lib/parse/resolution';

const SIZE = 1_000_000;

describe('parsing 1 MB of adversarial text', () => {
  beforeAll(() => {
    parseResolution('г. Омск', { gazetteer: defaultGazetteer });
  }, 60_000);

  it.each(Object.keys(ADVERSARIAL))(
    '%s',
    (name) => {
      const text = ADVERSARIAL[name](SIZE);
      const r = parseResolution(text, { gazetteer: defaultGazetteer });
      expect(r.text.length).toBe(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').length);
      for (const span of Object.values(r.evidence)) expect(r.text.slice(span!.start, span!.end)).toBe(span!.quote);
    },
    120_000,
  );
});
