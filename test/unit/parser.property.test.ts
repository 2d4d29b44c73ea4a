// The parser never throws: random strings and mutated seeds always give a well-formed record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_FIELDS, type Resolution } from '../../src/lib/types';
import { parseText, seedText } from '../helpers/seeds';

const seeds = ['000', '001', '002', '003', '004'].map(seedText);

function wellFormed(r: Resolution) {
  expect(r.id).toMatch(/^r-[0-9a-f]{16}$/);
  for (const f of COUNT_FIELDS) {
    const v = r.participants[f];
    expect(v === null || (Number.isInteger(v) && v >= 0)).toBe(true);
  }
  expect(r.warnings.filter((w) => w.code === 'parser-error')).toEqual([]);
  for (const s of Object.values(r.evidence)) expect(r.text.slice(s!.start, s!.end)).toBe(s!.quote);
  for (const p of r.places) expect(r.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
}

// Mutations a real conversion does to a text: cuts, duplicated slices, inserted debris and symbols.
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('', '**', '[image: x.wmf]', '\r\n', '«', '»', '—', '1)', ':', '\u0000', '🙂'),
  )
  .map(([text, a, b, insert]) => {
    const i = a % (text.length + 1);
    const j = b % (text.length + 1);
    return text.slice(0, Math.min(i, j)) + insert + text.slice(Math.max(i, j)) + text.slice(Math.min(i, j), Math.max(i, j));
  });

describe('parser robustness', () => {
  it('returns a record with nulls for any random string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => wellFormed(parseText(s))),
      { numRuns: 300 },
    );
  });

  it('returns a well-formed record for mutated seed texts', () => {
    fc.assert(
      fc.property(mutated, (s) => wellFormed(parseText(s))),
      { numRuns: 150 },
    );
  });

  it('gives nulls, not zeros, for an empty string', () => {
    const r = parseText('');
    expect(Object.values(r.participants)).toEqual(COUNT_FIELDS.map(() => null));
    expect([r.date.start, r.year, r.format, r.hostCity, r.title]).toEqual([null, null, null, null, null]);
  });
});
