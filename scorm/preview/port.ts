/**
 * Which port `npm start` serves on, and what it says when that port is taken. Pure: the words are tested
 * without opening a socket.
 *
 * - No port asked for: 4173, or the next free one after it, and the address says which.
 * - A port asked for (PORT=5000 or --port 5000): that port or nothing, since the teacher chose it; when it is
 *   taken, the message says so and what to do.
 */
export const DEFAULT_PORT = 4173;

export interface PortChoice {
  readonly port: number;
  /** Asked for by the teacher (PORT or --port), not the default. */
  readonly explicit: boolean;
}

const HOW_TO_CHOOSE = 'To choose the port yourself: PORT=5000 npm start, or npm start -- --port 5000.';

/** The port from `--port N` / `--port=N` (first) or the PORT variable; an error message when it is not a port. */
export function choosePort(argv: readonly string[], env: string | undefined): PortChoice | { readonly error: string } {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const given = at >= 0 ? (argv[at]?.includes('=') ? argv[at]?.slice('--port='.length) : argv[at + 1]) : env;
  if (given === undefined || given.trim() === '') return { port: DEFAULT_PORT, explicit: false };
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { error: `"${given}" is not a port number: give a whole number from 1024 to 65535. ${HOW_TO_CHOOSE}` };
  }
  return { port, explicit: true };
}

/** Said when the default port was taken and the preview moved on; null when it got the port it asked for. */
export function movedPortNotice(asked: number, got: number): string | null {
  if (asked === got) return null;
  return `Port ${asked} is already in use (perhaps another npm start is still running), so the preview uses port ${got} instead. ${HOW_TO_CHOOSE}`;
}

/** Why the server could not listen, in plain words, with what to do. */
export function listenFailure(choice: PortChoice, code: string | undefined): string {
  const next = Math.min(choice.port + 1, 65535);
  if (code === 'EADDRINUSE') {
    return choice.explicit
      ? `Port ${choice.port} is already in use, so the preview cannot start there. Stop what uses it (perhaps another npm start), or choose another port: PORT=${next} npm start, or npm start -- --port ${next}. Without a port, npm start takes the first free one from ${DEFAULT_PORT}.`
      : `Ports ${choice.port} and the next ones are all in use, so the preview cannot start. Stop another npm start, or choose a free port: PORT=5000 npm start, or npm start -- --port 5000.`;
  }
  if (code === 'EACCES') {
    return `Port ${choice.port} needs administrator rights on this computer. Choose one from 1024 up: PORT=${DEFAULT_PORT} npm start, or npm start -- --port ${DEFAULT_PORT}.`;
  }
  return `The preview could not listen on 127.0.0.1:${choice.port} (${code ?? 'unknown error'}). ${HOW_TO_CHOOSE}`;
}
