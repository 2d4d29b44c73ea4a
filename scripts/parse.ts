// `npm run --silent parse -- FILE...`: a JSON array of Resolution on stdout, one per readable file.
// Unreadable, empty or binary files are named on stderr; the others are still parsed; exit code 1 then.
// `parseFiles` is the whole CLI as a function (the tests call it in-process); run as a script, it is
// given process.argv and the process's own stdout and stderr. Each text is parsed in a worker thread and
// given up after a time limit (the import worker's), with a message, so one file cannot hang the run.

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PARSE_TIMEOUT_MS } from '../src/import/limits';
import type { Resolution } from '../src/lib/types';
import { readSource } from './read-files';

/** Where the CLI writes: the process's streams, or a test's collectors. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => console.error(line),
};

/** Parses the files named in `paths`, writes the JSON and the messages, and returns the exit code:
 * 0 when every file was read, 1 when any was not, 2 without files (usage). */
export async function parseFiles(
  paths: readonly string[],
  out: CliOutput = processOutput,
  { timeLimitMs = PARSE_TIMEOUT_MS }: { timeLimitMs?: number } = {},
): Promise<number> {
  if (paths.length === 0) {
    out.stderr('usage: npm run --silent parse -- FILE...');
    return 2;
  }
  const results: Resolution[] = [];
  let failed = false;
  const parser = new ParserThread();
  try {
    for (const path of paths) {
      const read = await readSource(path);
      if (!read.ok) {
        out.stderr(read.message);
        failed = true;
        continue;
      }
      const record = await parser.parse(read.text, read.file, timeLimitMs);
      if (record) results.push(record);
      else {
        out.stderr(`${read.file}: разбор не уложился в ${timeLimitMs / 1000} с — файл пропущен`);
        failed = true;
      }
    }
  } finally {
    await parser.close();
  }
  out.stdout(JSON.stringify(results, null, 2) + '\n');
  return failed ? 1 : 0;
}

/** A worker thread that parses; replaced by a fresh one when a parse runs out of time. */
class ParserThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  private start(): Promise<void> {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url));
    this.worker = worker;
    return (this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    }));
  }

  /** The record, or null when the parse took longer than `limitMs` (the clock starts once the thread is ready). */
  async parse(text: string, file: string, limitMs: number): Promise<Resolution | null> {
    await (this.ready ?? this.start());
    const worker = this.worker!;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners();
        void worker.terminate();
        this.worker = this.ready = null;
        resolve(null);
      }, limitMs);
      worker.once('message', (record: Resolution) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve(record);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage({ text, file });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

/** True when this module is the script node was started with (not imported by a test). */
function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const code = await parseFiles(process.argv.slice(2));
  // Usage errors end at once, as before; otherwise stdout drains before the process ends.
  if (code === 2) process.exit(2);
  process.exitCode = code;
}
