/**
 * Vite plugin: the lesson's maps, drawn at build time.
 *
 * `import { mapLoaders } from 'virtual:maps'` gives one loader per map; each loader dynamically imports
 * `virtual:map/<id>`, so every map is its own small chunk, fetched only when a section shows it and kept
 * out of the script the lesson needs to start. This file runs in Node (vite.config.ts): geography
 * packages never reach the browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ContentError } from '../errors.ts';
import { loadLesson } from '../load.ts';
import { buildMaps, mapsFilePath } from './build-maps.ts';
import { checkLessonMaps } from './lesson-refs.ts';
import type { MapDrawing } from './map-model.ts';

const INDEX_ID = 'virtual:maps';
const GENERATOR_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Drawing the maps takes a few seconds (projecting and cutting continents), and every test file that
 * renders a section needs them; so they are kept in node_modules/.cache, under a hash of everything
 * they are made from (maps.yaml and this generator's code), and drawn again only when that changes.
 */
function cacheFile(root: string, lessonId: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, mapsFilePath(lessonId))));
  for (const name of readdirSync(GENERATOR_DIR).sort()) if (name.endsWith('.ts')) hash.update(readFileSync(join(GENERATOR_DIR, name)));
  return join(root, 'node_modules', '.cache', 'lesson-maps', `${lessonId}-${hash.digest('hex').slice(0, 16)}.json`);
}

function drawOrReuse(root: string, lessonId: string): Record<string, MapDrawing> {
  const file = cacheFile(root, lessonId);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, MapDrawing>;
  const { maps } = buildMaps(root, lessonId);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(maps));
  } catch {
    // A read-only checkout just draws the maps each time.
  }
  return maps;
}
const MAP_PREFIX = 'virtual:map/';

export function lessonMaps(options: { readonly lessonId?: string } = {}): Plugin {
  const lessonId = options.lessonId ?? 'neutrality-pact';
  let root = process.cwd();
  let built: Record<string, MapDrawing> | undefined;

  const maps = (): Record<string, MapDrawing> => {
    if (built) return built;
    try {
      const drawn = drawOrReuse(root, lessonId);
      checkLessonMaps(root, lessonId, loadLesson(root, lessonId), drawn);
      built = drawn;
      return drawn;
    } catch (error) {
      // As for the lesson: an author needs the problem list, not the loader's stack.
      if (error instanceof ContentError) error.stack = `${error.name}: ${error.message}`;
      throw error;
    }
  };

  return {
    name: 'lesson-maps',

    configResolved(config) {
      root = config.root;
    },

    resolveId(id) {
      return id === INDEX_ID || id.startsWith(MAP_PREFIX) ? `\0${id}` : undefined;
    },

    load(id) {
      if (!id.startsWith('\0virtual:map')) return undefined;
      this.addWatchFile(join(root, mapsFilePath(lessonId)));
      const all = maps();
      if (id === `\0${INDEX_ID}`) {
        const entries = Object.keys(all).map((mapId) => `${JSON.stringify(mapId)}: () => import(${JSON.stringify(MAP_PREFIX + mapId)})`);
        // Each map's size rides with the loaders (a few bytes), so its place is kept before it loads and
        // nothing on the page jumps when it arrives (a learner clicking an answer below would miss).
        const sizes = Object.fromEntries(Object.entries(all).map(([mapId, d]) => [mapId, [d.width, d.height]]));
        return `export const mapLoaders = {${entries.join(', ')}};\nexport const mapSizes = ${JSON.stringify(sizes)};`;
      }
      const mapId = id.slice(`\0${MAP_PREFIX}`.length);
      const drawing = all[mapId];
      if (!drawing) throw new Error(`no map "${mapId}" in ${mapsFilePath(lessonId)}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(drawing))});`;
    },

    watchChange(id) {
      // maps.yaml or a section file changed: draw again on the next load.
      if (id.includes(`lessons`)) built = undefined;
    },

    handleHotUpdate(ctx) {
      if (ctx.file.includes(`/lessons/${lessonId}/`)) built = undefined;
    },
  };
}
