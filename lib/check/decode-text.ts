import { problem, START, type ContentProblem } from './problem';

/** Content files above this size are refused before they are parsed. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] as number;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8 text, or undefined when they are not well-formed UTF-8 (the fast, native check). */
function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export type DecodedText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/** Reads a content file's bytes as text: at most 1 MB, UTF-8, without a byte-order mark. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_CONTENT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, problem: problem(file, START, 'error', `the file is ${mb} MB; a content file may be at most 1 MB`) };
  }
  const text = decodeStrict(bytes);
  if (text !== undefined) return { ok: true, text: text.replace(/^\uFEFF/, '') };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = [...new TextDecoder().decode(bytes.subarray(lineStart, bad))].length + 1;
    const hex = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, problem: problem(file, { line, column }, 'error', `the file is not UTF-8 text (byte 0x${hex}); save it with the UTF-8 encoding`) };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') };
}
