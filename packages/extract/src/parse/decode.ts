// Bytes to text: BOMs, UTF-8, UTF-16, a Windows-1252 fallback, and refusal of binary, empty or huge input.
import { InputError } from "./input-error";
import { decodeWindows1252, firstUndefinedByte } from "./windows-1252";

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface Decoded {
  text: string;
  warnings: string[];
}

/** File signatures of formats that are never articles (checked before any decoding). */
const MAGIC: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF file" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a .docx/.xlsx)" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: "a RIFF media file (WebP, WAV, AVI)" },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: "an Ogg media file" },
  { bytes: [0x49, 0x44, 0x33], what: "an MP3 file" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an executable (ELF)" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: "an SQLite database" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Office document" },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function describeSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function checkSize(source: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new InputError(
      source,
      "too-large",
      `is ${describeSize(size)} (${size} bytes), larger than the limit of ${describeSize(maxBytes)} (${maxBytes} bytes)`,
    );
  }
}

/**
 * Control characters that never occur in prose. Tab, line feed, form feed and carriage return do; so do
 * the C1 controls in CP-1252 text that was mis-declared, which we report as an encoding problem instead.
 */
function countControls(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { count, first };
}

/** Refuses text that is binary in disguise: NUL bytes, or more than a trace of control characters. */
function checkTextLooksLikeText(source: string, text: string): void {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw new InputError(source, "binary", `looks binary (NUL bytes at offset ${nul}), not an article`);
  const { count, first } = countControls(text);
  // A stray control character or two survives copy-paste; more than 1 in 200 is not text.
  if (count > 2 && count * 200 > text.length) {
    throw new InputError(
      source,
      "binary",
      `looks binary (${count} control characters, the first at offset ${first}), not an article`,
    );
  }
}

function checkNotEmpty(source: string, text: string): void {
  if (text.length === 0) throw new InputError(source, "empty", "is empty, not an article");
  if (text.trim().length === 0) throw new InputError(source, "empty", "holds only whitespace, not an article");
}

function decodeUtf16(source: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    throw new InputError(
      source,
      "encoding",
      `starts with a ${encoding.toUpperCase()} byte order mark but has an odd number of bytes`,
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw new InputError(source, "encoding", `is not valid ${encoding.toUpperCase()} despite its byte order mark`);
  }
}

/** ASCII text in UTF-16 has a NUL in every other byte; binary files do not keep to that pattern. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.9 && even < half * 0.1) || (even > half * 0.9 && odd < half * 0.1);
}

function decodeBytes(source: string, bytes: Uint8Array): Decoded {
  for (const { bytes: magic, what } of MAGIC) {
    if (startsWith(bytes, magic)) throw new InputError(source, "binary", `looks binary (${what}), not an article`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeUtf16(source, bytes, "utf-16le"), warnings: ["decoded as UTF-16 LE (byte order mark)"] };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeUtf16(source, bytes, "utf-16be"), warnings: ["decoded as UTF-16 BE (byte order mark)"] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0 && looksLikeUtf16WithoutBom(bytes)) {
    throw new InputError(source, "encoding", "looks like UTF-16 without a byte order mark; save it as UTF-8");
  }
  if (nul >= 0) throw new InputError(source, "binary", `looks binary (NUL bytes at offset ${nul}), not an article`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
      return { text, warnings: ["removed a UTF-8 byte order mark"] };
    } catch {
      throw new InputError(source, "encoding", "starts with a UTF-8 byte order mark but is not valid UTF-8");
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), warnings: [] };
  } catch {
    // Bytes that Windows-1252 leaves undefined mean the text is in some other encoding.
    const bad = firstUndefinedByte(bytes);
    if (bad >= 0) {
      throw new InputError(
        source,
        "encoding",
        `is neither UTF-8 nor Windows-1252 (byte 0x${bytes[bad]!.toString(16)} at offset ${bad}); save it as UTF-8`,
      );
    }
    const text = decodeWindows1252(bytes);
    return { text, warnings: ["not valid UTF-8: decoded as Windows-1252"] };
  }
}

/** Decodes input to text, or throws InputError saying why it is not an article's text. */
export function decodeInput(source: string, content: Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  let decoded: Decoded;
  if (typeof content === "string") {
    checkSize(source, Buffer.byteLength(content, "utf8"), maxBytes);
    decoded = content.startsWith("\uFEFF")
      ? { text: content.slice(1), warnings: ["removed a byte order mark"] }
      : { text: content, warnings: [] };
  } else {
    checkSize(source, content.length, maxBytes);
    if (content.length === 0) throw new InputError(source, "empty", "is empty, not an article");
    decoded = decodeBytes(source, content);
  }
  checkNotEmpty(source, decoded.text);
  checkTextLooksLikeText(source, decoded.text);
  return decoded;
}
