/** FNV-1a, 32 bit: a tiny, well-spread string hash for seeding shuffles and fingerprinting saved data. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash as exactly `chars` base-36 characters (lower case letters and digits). */
export function hashBase36(text: string, chars: number): string {
  return (hashString(text) % 36 ** chars).toString(36).padStart(chars, '0');
}
