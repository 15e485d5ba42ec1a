/**
 * `npm test`: lint, type checking and Vitest side by side, not one after the other. On a 2-core machine
 * the browser tests spend much of their time waiting on Chromium, and lint and tsc fill those gaps;
 * run in a row they added about a minute. Vitest's output streams as it comes; lint's and tsc's are
 * printed once each ends (so the three never interleave). The exit code is non-zero if any part failed,
 * and the summary says which. Arguments go to `vitest run` (e.g. `npm test -- tests/lesson`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface Part {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Streamed as it comes (Vitest), or kept and printed when the part ends. */
  readonly stream: boolean;
}

/**
 * An npm script of package.json as a command and its arguments, so that each is written once: `npm run
 * lint` and `npm run typecheck` run the same commands as this does. (Those scripts are plain words
 * separated by spaces, with no quoting; npm puts node_modules/.bin on the PATH for both.)
 */
function script(name: string): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = (scripts[name] ?? '').split(' ').filter(Boolean);
  if (!command) throw new Error(`package.json has no "${name}" script.`);
  return { command, args };
}

const lint = script('lint');
const typecheck = script('typecheck');
const parts: readonly Part[] = [
  { name: 'vitest', command: 'vitest', args: ['run', ...process.argv.slice(2)], stream: true },
  { name: 'lint', ...lint, stream: false },
  // TypeScript 7, the native compiler (package "typescript-7"; typescript-eslint still parses with
  // TypeScript 5, whose JavaScript API it needs): from a clean cache about 4 core-seconds against 20.
  // Single-threaded, as Vitest and lint keep both cores busy beside it. Incremental, as lint is cached:
  // a second run on a developer's machine re-checks only what changed (a clean clone, as in CI, checks
  // everything: the result is the same).
  { name: 'typecheck', command: typecheck.command, args: [...typecheck.args, '--singleThreaded', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/tsbuildinfo'], stream: false },
];

function run(part: Part): Promise<{ part: Part; code: number; seconds: number }> {
  const started = Date.now();
  return new Promise((done) => {
    // Through npx-free PATH: npm puts node_modules/.bin first when it runs a script.
    const child = spawn(part.command, part.args, { stdio: part.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let kept = '';
    child.stdout?.on('data', (chunk: Buffer) => (kept += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (kept += chunk.toString()));
    const end = (code: number) => {
      const seconds = (Date.now() - started) / 1000;
      if (!part.stream) process.stdout.write(`\n── ${part.name} (${seconds.toFixed(0)} s): ${code === 0 ? 'passed' : 'FAILED'}\n${kept}`);
      done({ part, code, seconds });
    };
    child.on('error', (error) => {
      kept += `${String(error)}\n`;
      end(1);
    });
    child.on('close', (code) => end(code ?? 1));
  });
}

const results = await Promise.all(parts.map(run));
const failed = results.filter((r) => r.code !== 0);
process.stdout.write(`\n${results.map((r) => `${r.part.name} ${r.code === 0 ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(0)} s`).join(' · ')}\n`);
process.exit(failed.length === 0 ? 0 : 1);
