// @vitest-environment node
/** The preview server: the page at "/", the staged packages under /sco/, nothing outside them. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, writeTree } from '../../scorm/lib/files.ts';
import { choosePort, DEFAULT_PORT, listenFailure, movedPortNotice } from '../../scorm/preview/port.ts';
import { createPreviewServer, listen, resolvePath, type ServerDirs } from '../../scorm/preview/server.ts';

let dir = '';
let dirs: ServerDirs;
let server: Server;
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scorm-preview-server-'));
  writeTree(join(dir, 'preview'), new Map([['index.html', bytes('<p>preview</p>')], ['assets/a.js', bytes('1')]]));
  writeTree(join(dir, 'scorm12'), new Map([['index.html', bytes('<p>sco 1.2</p>')], ['imsmanifest.xml', bytes('<manifest/>')]]));
  writeTree(join(dir, 'scorm2004'), new Map([['index.html', bytes('<p>sco 2004</p>')]]));
  writeTree(join(dir, 'secret'), new Map([['key.txt', bytes('secret')]]));
  dirs = { preview: join(dir, 'preview'), packages: { scorm12: join(dir, 'scorm12'), scorm2004: join(dir, 'scorm2004') } };
  server = createPreviewServer(dirs);
  const port = await listen(server, 0);
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves the preview page and each staged package', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toBe('<p>preview</p>');
    expect(await (await fetch(`${base}/sco/scorm12/index.html`)).text()).toBe('<p>sco 1.2</p>');
    expect(await (await fetch(`${base}/sco/scorm2004/`)).text()).toBe('<p>sco 2004</p>');
    const manifest = await fetch(`${base}/sco/scorm12/imsmanifest.xml`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/xml/);
  });

  it('answers 404 for anything else', async () => {
    expect((await fetch(`${base}/sco/scorm99/index.html`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside the served folders', () => {
    expect(resolvePath(dirs, '/../secret/key.txt')).toBeNull();
    expect(resolvePath(dirs, '/sco/scorm12/../../secret/key.txt')).toBeNull();
    expect(resolvePath(dirs, '/sco/scorm12/%2e%2e/%2e%2e/secret/key.txt')).toBeNull();
    expect(resolvePath(dirs, '/sco/scorm12/..%5c..%5csecret%5ckey.txt')).toBeNull();
    expect(resolvePath(dirs, '/%E0%A4%A')).toBeNull();
    expect(resolvePath(dirs, '/assets/a.js?v=1')).toBe(join(dir, 'preview', 'assets', 'a.js'));
  });

});

describe('the port npm start serves on, and what it says when that port is taken', () => {
  it('takes --port or PORT, else the default; a bad value is named', () => {
    expect(choosePort([], undefined)).toEqual({ port: DEFAULT_PORT, explicit: false });
    expect(choosePort(['--no-open'], '5000')).toEqual({ port: 5000, explicit: true });
    expect(choosePort(['--port', '5001'], '5000')).toEqual({ port: 5001, explicit: true });
    expect(choosePort(['--port=5002'], undefined)).toEqual({ port: 5002, explicit: true });
    expect(choosePort(['--port', 'abc'], undefined)).toEqual({ error: expect.stringMatching(/^"abc" is not a port number/) });
  });

  it('a taken default port: the next free one, and it says which and how to choose', async () => {
    const port = Number(new URL(base).port);
    const other = createPreviewServer(dirs);
    const got = await listen(other, port);
    other.close();
    expect(got).not.toBe(port);
    expect(movedPortNotice(port, port)).toBeNull();
    expect(movedPortNotice(port, got)).toBe(
      `Port ${port} is already in use (perhaps another npm start is still running), so the preview uses port ${got} instead. To choose the port yourself: PORT=5000 npm start, or npm start -- --port 5000.`,
    );
  });

  it('a taken port the teacher chose: no other port, and plain words on what to do', async () => {
    const port = Number(new URL(base).port);
    const other = createPreviewServer(dirs);
    const error = await listen(other, port, 0).then(
      () => null,
      (e: NodeJS.ErrnoException) => e,
    );
    other.close();
    expect(error?.code).toBe('EADDRINUSE');
    expect(listenFailure({ port, explicit: true }, error?.code)).toBe(
      `Port ${port} is already in use, so the preview cannot start there. Stop what uses it (perhaps another npm start), or choose another port: PORT=${port + 1} npm start, or npm start -- --port ${port + 1}. Without a port, npm start takes the first free one from ${DEFAULT_PORT}.`,
    );
    expect(listenFailure({ port: 80, explicit: true }, 'EACCES')).toMatch(/^Port 80 needs administrator rights/);
  });
});
