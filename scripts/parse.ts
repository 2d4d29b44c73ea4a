// `npm run --silent parse -- FILE...`: a JSON array of Resolution on stdout, one per readable file.
// Unreadable, empty or binary files are named on stderr; the others are still parsed; exit code 1 then.
// `parseFiles` is the whole CLI as a function (the tests call it in-process); run as a script, it is
// given process.argv and the process's own stdout and stderr.

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer } from '../src/lib/geo/gazetteer';
import { parseResolution } from '../src/lib/parse/resolution';
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
export async function parseFiles(paths: readonly string[], out: CliOutput = processOutput): Promise<number> {
  if (paths.length === 0) {
    out.stderr('usage: npm run --silent parse -- FILE...');
    return 2;
  }
  const results = [];
  let failed = false;
  for (const path of paths) {
    const read = await readSource(path);
    if (!read.ok) {
      out.stderr(read.message);
      failed = true;
      continue;
    }
    results.push(parseResolution(read.text, { file: read.file, gazetteer: defaultGazetteer }));
  }
  out.stdout(JSON.stringify(results, null, 2) + '\n');
  return failed ? 1 : 0;
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
