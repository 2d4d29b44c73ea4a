// `npm run --silent parse -- FILE...`: JSON on stdout for every readable file (any Cyrillic encoding),
// a message naming each bad file on stderr, and a non-zero exit code when any file was bad.
// The CLI's own function runs in-process (no `npx tsx` child per test); the script only hands it argv.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/lib/types';
import { parseFiles } from '../../scripts/parse';
import { SEED_DIR } from '../helpers/seeds';
import { warmGazetteer } from '../helpers/warm';

const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
const seed = readFileSync(join(SEED_DIR, '000_2d0feedcc0a88539.txt'), 'utf8');

/** Encodes text in a single-byte code page by inverting TextDecoder over 0x80–0xFF. */
function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  // «», dashes and "№" are missing from KOI8-R: the test text keeps to letters, digits and ASCII.
  const plain = text.replace(/[«»]/g, '"').replace(/[–—]/g, '-');
  return Uint8Array.from([...plain].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f))));
}

/** Runs the CLI on `files` and collects what it would print: stdout as written, stderr a line each. */
async function run(files: string[], options?: { timeLimitMs?: number }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await parseFiles(files, { stdout: (text) => (stdout += text), stderr: (line) => (stderr += line + '\n') }, options);
  return { code, stdout, stderr };
}

// The gazetteer's indexes are built on the first lookup: once here, not inside the first test's time.
beforeAll(() => warmGazetteer());

describe('parse CLI', () => {
  it('decodes Windows-1251 and KOI8-R, names bad files on stderr, parses the rest and exits non-zero', async () => {
    const cp1251 = join(dir, 'cp1251.txt');
    const koi8 = join(dir, 'koi8.txt');
    const empty = join(dir, 'empty.txt');
    const pdf = join(dir, 'report.txt');
    writeFileSync(cp1251, encode(seed, 'windows-1251'));
    writeFileSync(koi8, encode(seed, 'koi8-r'));
    writeFileSync(empty, '');
    writeFileSync(pdf, Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
    const missing = join(dir, 'missing.txt');

    const { code, stdout, stderr } = await run([cp1251, empty, koi8, pdf, missing]);
    const records = JSON.parse(stdout) as Resolution[];
    expect(records.map((r) => r.source.file)).toEqual(['cp1251.txt', 'koi8.txt']);
    for (const r of records) {
      expect(r.participants).toMatchObject({ total: 995, offline: 39, online: 956, cities: 108, rural: 19 });
      expect(r.date).toEqual({ start: '2021-11-10', end: '2021-11-10' });
      expect(r.recommendations).toHaveLength(8);
    }
    expect(stderr).toContain(`${empty}: `);
    expect(stderr).toContain(`${pdf}: `);
    expect(stderr).toContain(`${missing}: файл не найден`);
    expect(code).toBe(1);
  });

  it('exits 0 with one record per good file', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, seed);
    const { code, stdout, stderr } = await run([good]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as Resolution[])[0].participants.total).toBe(995);
  });

  it('without files prints the usage line and exits 2, writing no JSON', async () => {
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: 'usage: npm run --silent parse -- FILE...\n' });
  });

  it('gives up on a file that takes longer than the time limit, says so, and parses the next one', async () => {
    const big = join(dir, 'big.txt');
    const good = join(dir, 'after.txt');
    writeFileSync(big, seed.repeat(300)); // ~1 million characters: never parsed within 5 ms
    writeFileSync(good, seed);
    const slow = await run([big], { timeLimitMs: 5 });
    expect(slow.stderr).toBe('big.txt: разбор не уложился в 0.005 с — файл пропущен\n');
    expect(slow.code).toBe(1);
    // After a file is given up, the next one is still worked on (parsed, or given up in its turn: 5 ms is
    // tight for a fresh thread, and how tight depends on the machine).
    const both = await run([big, good], { timeLimitMs: 5 });
    expect(both.stderr).toContain('big.txt: разбор не уложился');
    const next = (JSON.parse(both.stdout) as Resolution[]).map((r) => r.source.file);
    expect(next.includes('after.txt') || both.stderr.includes('after.txt: разбор не уложился')).toBe(true);
    const generous = await run([good], { timeLimitMs: 60_000 });
    expect((JSON.parse(generous.stdout) as Resolution[])[0].participants.total).toBe(995);
  });
});
