// The five bundled source texts, parsed once per test file with the real gazetteer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGazetteer } from '../../src/lib/geo/gazetteer';
import { parseResolution } from '../../src/lib/parse/resolution';
import type { Resolution } from '../../src/lib/types';

// From the project root (vitest's cwd): under jsdom, import.meta.url is an http: URL.
export const SEED_DIR = join(process.cwd(), 'data/resolutions');

export function seedText(prefix: string): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

export function parseSeed(prefix: string): Resolution {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix))!;
  return parseResolution(seedText(prefix), { file, gazetteer: defaultGazetteer });
}

export function parseText(text: string): Resolution {
  return parseResolution(text, { file: 'test.txt', gazetteer: defaultGazetteer });
}
