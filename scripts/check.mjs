// `npm run check`: svelte-check (TypeScript strict), ESLint and Prettier at once, each one's report
// printed whole when it ends; fails if any of them does. (Run one after another they took half again
// as long on two cores: each tool mostly uses one.)
import { spawn } from 'node:child_process';

const TOOLS = [
  ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
  ['eslint', '.'],
  ['prettier', '--check', '.'],
];

const results = await Promise.all(
  TOOLS.map(
    ([tool, ...args]) =>
      new Promise((resolve) => {
        const child = spawn(`node_modules/.bin/${tool}`, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('error', (err) => resolve({ tool, code: 1, output: String(err) }));
        child.on('close', (code) => {
          process.stdout.write(`\n── ${tool} ${code === 0 ? 'passed' : 'FAILED'}\n${output}`);
          resolve({ tool, code });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.tool);
if (failed.length) {
  console.error(`\ncheck failed: ${failed.join(', ')}`);
  process.exit(1);
}
