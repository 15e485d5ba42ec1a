/** Read what an LMS takes from a package's manifest when it imports it: identifier, title, passing score. */
import type { ManifestInfo } from './launch.ts';

export async function fetchManifestInfo(baseUrl: string): Promise<ManifestInfo> {
  const response = await fetch(`${baseUrl}imsmanifest.xml`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${baseUrl}imsmanifest.xml: HTTP ${response.status}. Was the package staged (npm start)?`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${baseUrl}imsmanifest.xml is not well-formed XML.`);
  const first = (local: string): Element | undefined => doc.getElementsByTagNameNS('*', local)[0];
  const item = first('item');
  return {
    identifier: doc.documentElement.getAttribute('identifier') ?? 'package',
    title: item?.getElementsByTagNameNS('*', 'title')[0]?.textContent?.trim() ?? 'Lesson',
    masteryScore: first('masteryscore')?.textContent?.trim() ?? null,
    scaledPassingScore: first('minNormalizedMeasure')?.textContent?.trim() ?? null,
    primaryObjectiveId: first('primaryObjective')?.getAttribute('objectiveID') ?? null,
  };
}
