// The parse CLI's worker thread: it parses one text at a time, so that the CLI can give up on a file that
// takes too long by terminating the thread (a synchronous parse cannot be interrupted otherwise).
// Plain JavaScript that registers tsx itself: it runs the same under `tsx` and inside the tests.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { parseResolution } = await import('../src/lib/parse/resolution.ts');
const { defaultGazetteer } = await import('../src/lib/geo/gazetteer.ts');
parseResolution('г. Омск', { gazetteer: defaultGazetteer }); // the gazetteer's indexes, built before the first clock starts
parentPort.on('message', ({ text, file }) => parentPort.postMessage(parseResolution(text, { file, gazetteer: defaultGazetteer })));
parentPort.postMessage('ready');
