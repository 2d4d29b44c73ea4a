// Reads source files for the CLIs: bytes → text through the same decoder the browser uses.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeBytes } from '../src/lib/parse/decode';

export type ReadResult = { file: string; ok: true; text: string; encoding: string } | { file: string; ok: false; message: string };

export async function readSource(path: string): Promise<ReadResult> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'файл не найден' : code === 'EISDIR' ? 'это папка, а не файл' : `не удалось прочитать (${code ?? String(err)})`;
    return { file, ok: false, message: `${path}: ${why}` };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { file, ok: false, message: `${path}: ${decoded.message}` };
  return { file, ok: true, text: decoded.text, encoding: decoded.encoding };
}
