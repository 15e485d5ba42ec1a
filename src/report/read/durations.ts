/** SCORM time spans to seconds: 1.2's `HHHH:MM:SS.SS` and 2004's ISO 8601 duration (`PT1H2M5.25S`). */
export function spanSeconds(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const v = value.trim();
  const hms = /^(\d{1,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(v);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(v);
  if (iso && v !== 'P' && v !== 'PT') {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
    return ((y * 365 + mo * 30 + d) * 24 + h) * 3600 + mi * 60 + s;
  }
  return null;
}
