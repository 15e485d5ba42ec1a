/**
 * libxml2's xmllint, as the xmllint-wasm package builds it to WebAssembly, run in this thread with its
 * WebAssembly compiled once per process. The package's own `validateXML` starts a worker thread and
 * compiles the module again for every call: about 230 ms of CPU a manifest, and the tests validate
 * some 30 manifests (docs/performance.md). Here a call costs an instance of the compiled module.
 *
 * The package's glue file (xmllint-node.js) defines Emscripten's `Module` factory and then starts a
 * worker's message loop. It is evaluated here with a `parentPort` that never receives a message, and
 * with a `process` of its own: when the program exits, the glue sets `process.exitCode` to xmllint's
 * status, which must not become this process's exit status.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const GLUE = require.resolve('xmllint-wasm/xmllint-node.js');

export interface XmlFile {
  readonly fileName: string;
  readonly contents: string | Uint8Array;
}

export interface XmllintRun {
  /** xmllint's exit status: 0 valid; 3 or 4 invalid (as the package reads it); anything else an error. */
  readonly exitCode: number;
  /** What xmllint printed to stderr: one line per problem, then a "fails to validate" or "validates" line. */
  readonly stderr: string;
}

type ModuleFactory = (options: Record<string, unknown>) => Promise<unknown>;
let factory: ModuleFactory | undefined;
let compiled: Promise<WebAssembly.Module> | undefined;

function loadFactory(): ModuleFactory {
  const source = readFileSync(GLUE, 'utf8');
  const glueRequire = (id: string): unknown => (id === 'worker_threads' ? { parentPort: { on() {}, postMessage() {} } } : require(id));
  const glueProcess = { versions: process.versions, argv: [] as string[], exitCode: undefined as number | undefined };
  const define = new Function('require', 'process', '__filename', '__dirname', `${source}\nreturn Module;`) as (...args: unknown[]) => ModuleFactory;
  return define(glueRequire, glueProcess, GLUE, dirname(GLUE));
}

/**
 * Runs xmllint once: `files` are its whole file system, `args` its command line (file names as in `files`).
 * Memory as the package gives it: 16 MiB to start, at most 32 MiB.
 */
export async function runXmllint(files: readonly XmlFile[], args: readonly string[]): Promise<XmllintRun> {
  const start = (factory ??= loadFactory());
  const wasm = await (compiled ??= WebAssembly.compile(readFileSync(join(dirname(GLUE), 'xmllint.wasm'))));
  let stderr = '';
  return new Promise((resolve, reject) => {
    start({
      inputFiles: files,
      arguments: [...args],
      print() {},
      printErr(text: string) {
        stderr += `${text}\n`;
      },
      onExit(exitCode: number) {
        resolve({ exitCode, stderr });
      },
      onAbort(reason: unknown) {
        reject(new Error(`xmllint stopped: ${String(reason)}`));
      },
      instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
        WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm), reject);
        return {};
      },
      wasmMemory: new WebAssembly.Memory({ initial: 256, maximum: 512 }),
    }).catch(reject);
  });
}
