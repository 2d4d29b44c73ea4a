// One text limit for every way a text reaches the store: import (extraction and saving), restore.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { MAX_TEXT_CHARS } from '../../src/lib/limits';
import * as importLimits from '../../src/import/limits';
import { extractText } from '../../src/import/extract';
import { openDb, putImported, allResolutions, describeStoreError, STORE_MESSAGES } from '../../src/lib/store';
import { makeResolution } from './fixtures/resolution';

/** A consistent record whose text is `extra` characters longer than the limit allows (0: exactly at it). */
function recordOfLength(chars: number) {
  const base = makeResolution({ seed: `long-${chars}` });
  const text = base.text + 'а'.repeat(chars - base.text.length);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { ...base, text, id: `r-${sha256.slice(0, 16)}`, source: { ...base.source, sha256, chars: text.length } };
}

describe('one text limit', () => {
  it('is the same number for the import and the store', () => {
    expect(importLimits.MAX_TEXT_CHARS).toBe(MAX_TEXT_CHARS);
    expect(MAX_TEXT_CHARS).toBe(3_000_000);
  });

  it('the import refuses a longer text when reading it', async () => {
    const long = new TextEncoder().encode('а'.repeat(MAX_TEXT_CHARS + 1));
    expect(await extractText('text', long)).toMatchObject({ ok: false, code: 'too-long' });
  });

  it('the store refuses to save a longer text, and saves one at the limit', async () => {
    const db = await openDb(`text-limit-${Date.now()}`);
    const over = recordOfLength(MAX_TEXT_CHARS + 1);
    const err = await putImported(db, [makeResolution({ seed: 'short' }), over]).catch((e: unknown) => e);
    expect(describeStoreError(err)).toBe(STORE_MESSAGES.textTooLong);
    expect(STORE_MESSAGES.textTooLong).toMatch(/длиннее 3 000 000 символов/);
    expect(await allResolutions(db)).toEqual([]);
    const at = recordOfLength(MAX_TEXT_CHARS);
    expect((await putImported(db, [at])).added).toEqual([at.id]);
    db.close();
  });
});
