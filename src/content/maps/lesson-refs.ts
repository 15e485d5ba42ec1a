/**
 * The lesson's visuals name maps and places of maps.yaml; this checks that each one exists, naming the
 * section file and field of any that does not (the lesson loader cannot: it does not read maps.yaml).
 */
import { Problems } from '../errors.ts';
import { findContentFiles } from '../files.ts';
import type { Lesson } from '../model.ts';
import type { MapDrawing } from './map-model.ts';

export function checkLessonMaps(rootDir: string, lessonId: string, lesson: Lesson, maps: Readonly<Record<string, MapDrawing>>): void {
  const problems = new Problems();
  const files = findContentFiles(rootDir, lessonId);
  const known = Object.keys(maps).join(', ');
  lesson.sections.forEach((section) => {
    const file = files.sections.find((f) => f.endsWith(`-${section.id}.md`)) ?? `${files.lessonDir}/${section.id}`;
    for (const [visualId, visual] of Object.entries(section.visuals)) {
      if (visual.kind !== 'map' && visual.kind !== 'lead' && visual.kind !== 'timeline') continue;
      const field = `visuals.${visualId}`;
      if (visual.map === undefined) {
        if (visual.kind === 'timeline' && visual.events.some((e) => e.place)) {
          problems.add(file, `${field}.map`, 'events name places, so the timeline needs a map to mark them on');
        }
        continue;
      }
      const drawing = maps[visual.map];
      if (!drawing) {
        problems.add(file, `${field}.map`, `"${visual.map}" is not a map in maps.yaml (maps: ${known})`);
        continue;
      }
      const spots = new Set(drawing.spots.map((s) => s.id));
      const missing = (id: string) => !spots.has(id);
      const spotList = [...spots].join(', ');
      if (visual.kind === 'lead') {
        visual.focus.forEach((id, i) => {
          if (missing(id)) problems.add(file, `${field}.focus[${i}]`, `"${id}" is not a place or area on the map ${visual.map} (${spotList})`);
        });
      }
      if (visual.kind === 'timeline') {
        visual.events.forEach((e, i) => {
          if (e.place && missing(e.place)) problems.add(file, `${field}.events[${i}].place`, `"${e.place}" is not a place or area on the map ${visual.map} (${spotList})`);
        });
      }
    }
  });
  problems.throwIfAny();
}

