// Windows-1252 decoding by table: Node 20's TextDecoder("windows-1252") decodes as Latin-1, losing ’ “ ” – —.

/** Code points of bytes 0x80–0x9F; null where Windows-1252 defines no character. */
// biome-ignore format: a table reads better in rows
const HIGH: ReadonlyArray<number | null> = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];

/** Offset of the first byte Windows-1252 leaves undefined, or -1. */
export function firstUndefinedByte(bytes: Uint8Array): number {
  return bytes.findIndex((b) => b >= 0x80 && b <= 0x9f && HIGH[b - 0x80] === null);
}

/** Decodes bytes that hold no undefined Windows-1252 byte (check firstUndefinedByte first). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? 0xfffd) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
