import { readFileSync, readdirSync } from 'node:fs';
import { decodeBytes } from '../../src/lib/parse/decode';

// Encoders built by inverting TextDecoder over bytes 0x80–0xFF.
const tables = new Map<string, Map<string, number>>();
function table(enc: string): Map<string, number> {
  let t = tables.get(enc);
  if (!t) {
    t = new Map();
    const dec = new TextDecoder(enc);
    for (let b = 0xff; b >= 0x80; b--) t.set(dec.decode(Uint8Array.of(b)), b);
    tables.set(enc, t);
  }
  return t;
}
// Characters a code page lacks (KOI8-R has no «» or dashes) become ASCII, as an old editor would save them.
const ASCII: Record<string, string> = { '«': '"', '»': '"', '—': '-', '–': '-', '№': 'N', '…': '...', '“': '"', '”': '"' };
function fit(s: string, enc: string): string {
  const t = table(enc);
  return [...s].map((c) => (c.charCodeAt(0) < 0x80 || t.has(c) ? c : (ASCII[c] ?? '?'))).join('');
}
function encode(s: string, enc: string): Uint8Array {
  const t = table(enc);
  return Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : t.get(c)!)));
}
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}
function ok(bytes: Uint8Array): { text: string; encoding: string } {
  const r = decodeBytes(bytes);
  if (!r.ok) throw new Error(r.message);
  return { text: r.text, encoding: r.encoding };
}

const SEEDS = readdirSync('data/resolutions')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`data/resolutions/${f}`, 'utf8').replace(/\r\n?/g, '\n'));

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8, with or without BOM, and folds line ends', () => {
    expect(ok(utf8(SEEDS[0]))).toEqual({ text: SEEDS[0], encoding: 'utf-8' });
    expect(ok(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Резолюция\r\nпункт 1\rпункт 2')))).toEqual({
      text: 'Резолюция\nпункт 1\nпункт 2',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    const s = 'Участники конференции рекомендуют:\r\n- продолжить обмен опытом.';
    const want = s.replace('\r\n', '\n');
    expect(ok(utf16(s, true, true))).toEqual({ text: want, encoding: 'utf-16le' });
    expect(ok(utf16(s, false, true))).toEqual({ text: want, encoding: 'utf-16be' });
    expect(ok(utf16(s, true, false))).toEqual({ text: want, encoding: 'utf-16le' });
    expect(ok(utf16(s, false, false))).toEqual({ text: want, encoding: 'utf-16be' });
  });
});

describe('decodeBytes: Cyrillic code pages', () => {
  it.each(['windows-1251', 'koi8-r'])('reads every seed text in %s', (enc) => {
    for (const seed of SEEDS) {
      const s = fit(seed, enc);
      expect(ok(encode(s, enc))).toEqual({ text: s, encoding: enc });
    }
  });

  it.each(['ibm866', 'iso-8859-5'])('reads a seed text in %s', (enc) => {
    const s = fit(SEEDS[2], enc);
    expect(ok(encode(s, enc))).toEqual({ text: s, encoding: enc });
  });

  const SHORT = [
    'Файл пуст',
    'Привет, мир',
    'Итоги года',
    'Резолюция',
    'РЕЗОЛЮЦИЯ',
    'Менеджмент качества',
    'Участники конференции рекомендуют:',
    'ЦБС Кузбасса',
  ];
  it.each(SHORT)('tells windows-1251 from KOI8-R on "%s"', (s) => {
    for (const enc of ['windows-1251', 'koi8-r']) expect(ok(encode(s, enc))).toEqual({ text: s, encoding: enc });
  });

  it('picks the right page for nearly every single word of the seeds', () => {
    const words = [
      ...new Set(
        SEEDS.join(' ')
          .toLowerCase()
          .match(/[а-яё]{3,}/g),
      ),
    ];
    for (const enc of ['windows-1251', 'koi8-r']) {
      const right = words.filter((w) => ok(encode(w, enc)).encoding === enc).length;
      expect(right / words.length, enc).toBeGreaterThan(0.97);
    }
  });

  it('falls back to chardet for a non-Cyrillic single-byte text', () => {
    const latin1 = Uint8Array.from('Über größere Straßen in München fährt man schön', (c) => c.charCodeAt(0));
    expect(ok(latin1)).toEqual({ text: 'Über größere Straßen in München fährt man schön', encoding: 'windows-1252' });
  });
});

describe('decodeBytes: not a text', () => {
  const binary = (bytes: Uint8Array, word: RegExp) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('binary');
    expect(r.message).toMatch(/^Это не текст/);
    expect(r.message).toMatch(word);
  };

  it('recognises PDF, PNG, JPEG and ZIP', () => {
    binary(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /PDF/);
    binary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52), /PNG/);
    binary(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46), /JPEG/);
    binary(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0), /ZIP/);
  });

  it('rejects random bytes', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const n of [64, 1000, 20000]) binary(Uint8Array.from({ length: n }, rnd), /двоичные/);
  });

  it('says a file is empty when it has no bytes or only whitespace', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty', message: 'Файл пуст' });
    for (const b of [utf8(' \r\n\t \n'), Uint8Array.of(0xef, 0xbb, 0xbf), utf16('  \n', true, true)]) {
      const r = decodeBytes(b);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([r.reason, r.message]).toEqual(['empty', expect.stringMatching(/^Файл пуст/)]);
    }
  });
});
