/**
 * Block-YAML lines as completion reads them, without parsing the document: indentation, the `- `
 * indicators and the `key:` on each line, and what follows. Works on half-typed text (a line with
 * just `Host`, a key with no value yet), which the parser cannot read.
 */
import type { Scalar } from './types';

export interface Entry {
  kind: 'dash' | 'key';
  /** Column of the `-` or of the key's first character (its quote, when quoted). */
  col: number;
  key?: string;
  /** Key: column just past the key text (before the `:`). */
  keyEnd?: number;
  /** Key: column just past the `:`. */
  colonEnd?: number;
}

export interface LineInfo {
  /** Offset of the line's first character in the document. */
  start: number;
  /** The line without its line break. */
  text: string;
  indent: number;
  /** Only spaces and/or a comment. */
  blank: boolean;
  entries: Entry[];
  /** Content after the last entry (or the whole content when there is none), without a trailing comment. */
  rest?: { col: number; text: string };
  /** Column of a `#` comment. */
  comment?: number;
}

export function splitLines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, text: text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** Where a quoted scalar starting at `i` ends (just past its closing quote), or -1 when unterminated. */
export function quotedEnd(line: string, i: number): number {
  const q = line[i];
  for (let j = i + 1; j < line.length; j++) {
    if (q === '"' && line[j] === '\\') {
      j++;
      continue;
    }
    if (line[j] === q) {
      if (q === "'" && line[j + 1] === "'") {
        j++;
        continue;
      }
      return j + 1;
    }
  }
  return -1;
}

/** Column of a `#` comment from `from` on (quotes respected), or undefined. */
export function commentStart(line: string, from: number): number | undefined {
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if ((c === '"' || c === "'") && (j === from || /[\s[{,:]/.test(line[j - 1]))) {
      const end = quotedEnd(line, j);
      if (end < 0) return undefined;
      j = end - 1;
    } else if (c === '#' && (j === 0 || isSpace(line[j - 1]))) return j;
  }
  return undefined;
}

/** A `key:` at column `i` (plain or quoted key, the colon followed by a space or the line's end). */
export function matchKey(line: string, i: number): { key: string; keyEnd: number; colonEnd: number } | undefined {
  const c = line[i];
  if (c === undefined) return undefined;
  if (c === '"' || c === "'") {
    const end = quotedEnd(line, i);
    if (end < 0) return undefined;
    let j = end;
    while (isSpace(line[j])) j++;
    if (line[j] !== ':' || !(j + 1 === line.length || isSpace(line[j + 1]))) return undefined;
    const key = scalarOf(line.slice(i, end));
    return typeof key === 'string' ? { key, keyEnd: end, colonEnd: j + 1 } : undefined;
  }
  if (/[[\]{},&*!|>%@`#?]/.test(c)) return undefined;
  for (let j = i; j < line.length; j++) {
    if (line[j] === ':' && (j + 1 === line.length || isSpace(line[j + 1]))) {
      const key = line.slice(i, j).trimEnd();
      return key ? { key, keyEnd: i + key.length, colonEnd: j + 1 } : undefined;
    }
    if (line[j] === '#' && isSpace(line[j - 1])) return undefined;
  }
  return undefined;
}

export function parseLine(text: string, start: number): LineInfo {
  let indent = 0;
  while (text[indent] === ' ') indent++;
  const info: LineInfo = { start, text, indent, blank: false, entries: [] };
  let i = indent;
  while (isSpace(text[i])) i++;
  if (i >= text.length || text[i] === '#') {
    info.blank = true;
    if (i < text.length) info.comment = i;
    return info;
  }
  for (;;) {
    if (text[i] === '-' && (i + 1 === text.length || isSpace(text[i + 1]))) {
      info.entries.push({ kind: 'dash', col: i });
      i++;
      while (isSpace(text[i])) i++;
      continue;
    }
    const key = matchKey(text, i);
    if (key) {
      info.entries.push({ kind: 'key', col: i, key: key.key, keyEnd: key.keyEnd, colonEnd: key.colonEnd });
      i = key.colonEnd;
      while (isSpace(text[i])) i++;
    }
    break;
  }
  info.comment = commentStart(text, i);
  const restText = text.slice(i, info.comment ?? text.length).trimEnd();
  if (restText) info.rest = { col: i, text: restText };
  return info;
}

/** A YAML scalar as written (plain or quoted) → its value; undefined for tags, aliases, collections. */
export function scalarOf(raw: string): Scalar | undefined {
  const t = raw.trim();
  if (t === '' || /^[!&*[{|>]/.test(t)) return undefined;
  if (t.startsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t.endsWith('"') && t.length > 1 ? t.slice(1, -1) : undefined;
    }
  }
  if (t.startsWith("'")) return t.endsWith("'") && t.length > 1 ? t.slice(1, -1).replace(/''/g, "'") : undefined;
  if (/^[-+]?\d+$/.test(t) || /^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return Number(t);
  if (/^(?:true|True|TRUE)$/.test(t)) return true;
  if (/^(?:false|False|FALSE)$/.test(t)) return false;
  if (/^(?:null|Null|NULL|~)$/.test(t)) return null;
  return t;
}

/** Net `[`/`{` depth of a flow value's text (quotes respected): > 0 when it continues on later lines. */
export function flowDepth(text: string, depth = 0): number {
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if ((c === '"' || c === "'") && (j === 0 || /[\s[{,:]/.test(text[j - 1]))) {
      const end = quotedEnd(text, j);
      if (end < 0) return depth;
      j = end - 1;
    } else if (c === '#' && (j === 0 || isSpace(text[j - 1]))) return depth;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** Tags (`!Ref`) and anchors (`&a`) written before a value, skipped: the value's own text. */
export function stripProperties(text: string): { text: string; tagged: boolean } {
  let t = text;
  let tagged = false;
  for (;;) {
    const m = /^([!&]\S*)(?:\s+|$)/.exec(t);
    if (!m) return { text: t, tagged };
    if (m[1].startsWith('!')) tagged = true;
    t = t.slice(m[0].length);
  }
}
