/**
 * The preview's web server: node:http on 127.0.0.1 only, no dependencies. Serves the preview page at "/"
 * and the staged packages at /sco/scorm12/ and /sco/scorm2004/, the same origin, so the lesson in the frame
 * reaches the API on the preview page exactly as it reaches an LMS's.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.dtd': 'application/xml-dtd; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

export interface ServerDirs {
  /** The built preview page. */
  readonly preview: string;
  /** Staged packages, by URL folder: { scorm12: ".../build/scorm12", … }. */
  readonly packages: Readonly<Record<string, string>>;
}

/** The file a URL path names, or null if it names nothing servable (including any way out of the folder). */
export function resolvePath(dirs: ServerDirs, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  let base = dirs.preview;
  let rest = path;
  const pkg = /^\/sco\/([^/]+)(\/.*)?$/.exec(path);
  if (pkg) {
    const dir = dirs.packages[pkg[1] ?? ''];
    if (!dir) return null;
    base = dir;
    rest = pkg[2] ?? '/';
  }
  const target = normalize(join(base, rest));
  if (target !== base && !target.startsWith(base + sep)) return null;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) {
      const index = join(target, 'index.html');
      return statSync(index).isFile() ? index : null;
    }
    return stat.isFile() ? target : null;
  } catch {
    return null;
  }
}

export function createPreviewServer(dirs: ServerDirs): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolvePath(dirs, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // A relaunch after a rebuild must load the new files, as a freshly uploaded package would.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

/** Listen on 127.0.0.1, from `port` upwards if it is taken. Resolves with the port in use. */
export function listen(server: Server, port: number, tries = 20): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = (p: number, left: number): void => {
      const onError = (error: NodeJS.ErrnoException): void => {
        if (error.code === 'EADDRINUSE' && left > 0) attempt(p + 1, left - 1);
        else reject(error);
      };
      server.once('error', onError);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', onError);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : p);
      });
    };
    attempt(port, tries);
  });
}
