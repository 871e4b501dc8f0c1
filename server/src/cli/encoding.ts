/**
 * Bytes ↔ text for the CLI without losing a byte: a UTF-8 BOM is set aside and put back, and in a file that
 * is not valid UTF-8 a fix is applied to the original bytes (every byte outside the edits is copied as it
 * was), or refused when it would remove or move an invalid byte.
 */
import { minimalChange } from '../service';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface Decoded {
  /** The text the core analyses (no BOM; each invalid byte shows as U+FFFD). */
  text: string;
  bom: boolean;
  /** False when some bytes are not valid UTF-8. */
  valid: boolean;
  /** The bytes after the BOM. */
  body: Buffer;
}

export function decode(bytes: Buffer): Decoded {
  const bom = bytes.length >= 3 && bytes.subarray(0, 3).equals(BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom, valid: true, body };
  } catch {
    return { text: decodeWithMap(body).text, bom, valid: false, body };
  }
}

/** The file's new bytes for `fixed` (the analysed text after fixes), or why they cannot be written safely. */
export function encodeFixed(d: Decoded, fixed: string): { bytes: Buffer } | { error: string } {
  const prefix = d.bom ? BOM : Buffer.alloc(0);
  // Valid UTF-8 decodes and encodes back byte for byte, so encoding the whole text changes nothing else.
  if (d.valid) return { bytes: Buffer.concat([prefix, Buffer.from(fixed, 'utf8')]) };
  const { text, unitToByte } = decodeWithMap(d.body);
  const change = minimalChange(text, fixed);
  let start = change.offset;
  let end = change.offset + change.length;
  // Never split a surrogate pair: the map has byte offsets for whole characters only.
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  const newEnd = fixed.length - (text.length - end);
  // Fixes never invent U+FFFD, so the ones in the edited span (invalid bytes, or a real U+FFFD) are the same
  // characters before and after: they anchor the span, and the original bytes at each anchor are kept.
  const before = anchors(text, start, end);
  const after = anchors(fixed, start, newEnd);
  if (before.length !== after.length) {
    return { error: 'not valid UTF-8 where the fix would edit it; fixes not written (fix the encoding, then run again)' };
  }
  const pieces: Buffer[] = [prefix, d.body.subarray(0, unitToByte[start])];
  let from = start;
  for (let k = 0; k < before.length; k++) {
    pieces.push(Buffer.from(fixed.slice(from, after[k]), 'utf8'), d.body.subarray(unitToByte[before[k]], unitToByte[before[k] + 1]));
    from = after[k] + 1;
  }
  pieces.push(Buffer.from(fixed.slice(from, newEnd), 'utf8'), d.body.subarray(unitToByte[end]));
  return { bytes: Buffer.concat(pieces) };
}

function anchors(s: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('\uFFFD', from); i >= 0 && i < to; i = s.indexOf('\uFFFD', i + 1)) out.push(i);
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Decodes UTF-8 by hand, one U+FFFD per invalid byte, and records the byte offset of every UTF-16 unit
 * (`unitToByte[text.length]` is the byte length).
 */
export function decodeWithMap(b: Buffer): { text: string; unitToByte: Uint32Array; invalidUnits: number[] } {
  const units: number[] = [];
  const offsets: number[] = [];
  const invalidUnits: number[] = [];
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let cp = -1;
    let len = 1;
    if (c < 0x80) cp = c;
    else if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      if (cont(b, i + 1)) cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (cont(b, i + 1) && cont(b, i + 2)) {
        cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
        if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) cp = -1;
      }
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (cont(b, i + 1) && cont(b, i + 2) && cont(b, i + 3)) {
        cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
        if (cp < 0x10000 || cp > 0x10ffff) cp = -1;
      }
    }
    if (cp < 0) {
      invalidUnits.push(units.length);
      offsets.push(i);
      units.push(0xfffd);
      i += 1;
      continue;
    }
    if (cp >= 0x10000) {
      offsets.push(i, i);
      units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else {
      offsets.push(i);
      units.push(cp);
    }
    i += len;
  }
  offsets.push(b.length);
  let text = '';
  for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.slice(k, k + 8192));
  return { text, unitToByte: Uint32Array.from(offsets), invalidUnits };
}

function cont(b: Buffer, i: number): boolean {
  return i < b.length && (b[i] & 0xc0) === 0x80;
}
