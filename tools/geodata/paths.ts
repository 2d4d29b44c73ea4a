// Where the generators read and write: the source tables come from this package's own node_modules
// (installed by `npm run geodata` at the project root, never with the app), the outputs go to the app's
// src/, where they are committed.
import { fileURLToPath } from 'node:url';

/** The project root (two levels above tools/geodata). */
export const ROOT = new URL('../../', import.meta.url);

/** A file inside one of this package's dependencies, read by path (their `exports` hide the data). */
export const dependencyFile = (path: string): URL => new URL(`node_modules/${path}`, import.meta.url);

/** A committed file of the app, relative to the project root. */
export const appFile = (path: string): URL => new URL(path, ROOT);

/** True when the module at `moduleUrl` is the script being run (not imported by check.ts or build-all.ts). */
export const isMain = (moduleUrl: string): boolean => Boolean(process.argv[1]) && fileURLToPath(moduleUrl) === process.argv[1];
