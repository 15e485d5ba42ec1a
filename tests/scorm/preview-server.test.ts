// @vitest-environment node
/** The preview server: the page at "/", the staged packages under /sco/, nothing outside them. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, writeTree } from '../../scorm/lib/files.ts';
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

  it('moves to the next port when the asked one is taken', async () => {
    const port = Number(new URL(base).port);
    const other = createPreviewServer(dirs);
    const got = await listen(other, port);
    expect(got).not.toBe(port);
    other.close();
  });
});
