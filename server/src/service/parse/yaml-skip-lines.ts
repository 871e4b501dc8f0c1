/**
 * The line reader behind yaml-skip.ts: what one line of YAML in block context starts (a key, its
 * one-line value, a sequence entry) and what it leaves open for the next lines (a block scalar, a
 * plain scalar, a flow collection or quoted scalar). It follows YAML's token rules only as far as
 * that needs; anything it cannot be sure of is `BAIL`.
 */

export const BAIL = 'bail' as const;
export type Result<T> = T | typeof BAIL;

/** State carried from one line to the next. */
export type Carry =
  | { kind: 'none' }
  /** Inside a block scalar: content lines are indented more than `owner` (then at least `content`). */
  | { kind: 'block'; owner: number; content: number }
  /** After a plain value: lines indented more than `owner` continue it. */
  | { kind: 'plain'; owner: number }
  /** Inside a flow collection and/or a quoted scalar that started on an earlier line. */
  | { kind: 'flow'; depth: number; quote: string; atStart: boolean };

/** What a line in block context says (`bail` = the scan cannot be sure). */
export interface Line {
  /** The first key on the line: its text, or for a double-quoted key with escapes, the text as written. */
  key?: string;
  /** True when the key is double-quoted with escapes: it could spell anything (`Type`, `Resources`). */
  keyHasEscapes?: boolean;
  /** The first key's value when it is a one-line scalar (plain or quoted without escapes). */
  value?: string;
  /** True when the first key has no value on its line (nothing or a comment after the colon). */
  empty: boolean;
  seq: boolean;
  carry: Carry;
}

/** Anchor, alias or merge key somewhere in a run of text the reader does not tokenize. */
export const ANCHORISH = /(?:^|[\s[{,])[&*][^\s,[\]{}]|<<\s*:/;

export function onlyComment(line: string, from: number): boolean {
  const rest = line.slice(from);
  return /^\s*$/.test(rest) || /^\s+#/.test(rest) || (from === 0 && /^#/.test(rest));
}

/** Reads one line in block context from its first significant character. */
export function readLine(line: string, indent: number): Result<Line> {
  const out: Line = { empty: false, seq: false, carry: { kind: 'none' } };
  let i = indent;
  /** Column of the innermost collection entry on this line (what continuation lines must pass). */
  let owner = indent;
  let keys = 0;
  let tagged = false;
  let valueSeen = false;
  for (;;) {
    while (line[i] === ' ') i++;
    const c = line[i];
    const sep = line[i + 1] === undefined || line[i + 1] === ' ' || line[i + 1] === '\t';
    if (c === undefined || c === '#') {
      if (keys === 1 && !valueSeen) out.empty = true;
      return out;
    }
    if (keys === 1) valueSeen = true;
    if (c === '-' && sep) {
      if (keys > 0 || tagged) return BAIL;
      out.seq = true;
      owner = i;
      i++;
      continue;
    }
    if ('\t?:&*%@`]},'.includes(c) && (sep || !'?:'.includes(c))) return BAIL;
    if (c === '!') {
      while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
      tagged = true;
      continue;
    }
    if (c === '|' || c === '>') {
      if (!/^[|>][+-]?[ \t]*(?:#.*)?$/.test(line.slice(i))) return BAIL;
      out.carry = { kind: 'block', owner, content: -1 };
      return out;
    }
    if (c === '[' || c === '{') {
      const f = scanFlow(line, i, 0, '', true);
      if (f === BAIL) return BAIL;
      if (f.depth > 0 || f.quote) out.carry = { kind: 'flow', depth: f.depth, quote: f.quote, atStart: f.atStart };
      else if (!onlyComment(line, f.end)) return BAIL;
      return out;
    }
    if (c === '"' || c === "'") {
      const close = quoteEnd(line, i + 1, c);
      if (close < 0) {
        out.carry = { kind: 'flow', depth: 0, quote: c, atStart: false };
        return out;
      }
      const body = line.slice(i + 1, close);
      const token = c === "'" ? body.replace(/''/g, "'") : body.includes('\\') ? undefined : body;
      let j = close + 1;
      while (line[j] === ' ') j++;
      if (line[j] === ':' && (j + 1 === line.length || line[j + 1] === ' ' || line[j + 1] === '\t')) {
        if (++keys > 1 || tagged) return BAIL;
        out.key = token ?? body;
        if (token === undefined) out.keyHasEscapes = true;
        owner = i;
        i = j + 1;
        continue;
      }
      if (!onlyComment(line, close + 1)) return BAIL;
      if (keys === 1 && !tagged) out.value = token;
      return out;
    }
    // Plain scalar: up to `: ` (then it was a key), ` #` (a comment) or the end of the line.
    const end = plainEnd(line, i);
    if (line[end] === ':') {
      if (++keys > 1 || tagged) return BAIL;
      const key = line.slice(i, end).trimEnd();
      if (key === '<<') return BAIL;
      out.key = key;
      owner = i;
      i = end + 1;
      continue;
    }
    if (keys === 1 && !tagged) out.value = line.slice(i, end).trimEnd();
    out.carry = { kind: 'plain', owner };
    return out;
  }
}

/** End of a plain scalar in block context starting at `i`: a `:` before a space or the line end, a space before `#`, or the line end. */
function plainEnd(line: string, i: number): number {
  for (let j = i; j < line.length; j++) {
    const c = line.charCodeAt(j);
    if (c === 58 /* : */) {
      const n = line.charCodeAt(j + 1);
      if (Number.isNaN(n) || n === 32 || n === 9) return j;
    } else if ((c === 32 || c === 9) && line.charCodeAt(j + 1) === 35 /* # */) {
      return j;
    }
  }
  return line.length;
}

/** Index of the closing quote of a quoted scalar opened before `from`, or -1 when it runs past the line. */
function quoteEnd(line: string, from: number, q: string): number {
  for (let j = from; j < line.length; j++) {
    const ch = line[j];
    if (q === '"' && ch === '\\') {
      j++;
      continue;
    }
    if (ch !== q) continue;
    if (q === "'" && line[j + 1] === "'") {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

interface FlowState {
  depth: number;
  quote: string;
  atStart: boolean;
  end: number;
}

/**
 * Follows a flow collection (and quoted scalars in it) from `i` with `depth` open brackets, until
 * they are all closed (`end` = just past the last) or the line ends. `atStart`: the next character
 * starts a node (after `[`, `{`, `,`, `: `), where a quote opens a quoted scalar.
 */
export function scanFlow(line: string, i: number, depth: number, quote: string, atStart: boolean): Result<FlowState> {
  let prevSpace = i === 0 || line[i - 1] === ' ';
  let afterQuoted = false;
  for (; i < line.length; i++) {
    if (quote) {
      const close = quoteEnd(line, i, quote);
      if (close < 0) return { depth, quote, atStart: false, end: line.length };
      quote = '';
      i = close;
      atStart = false;
      prevSpace = false;
      afterQuoted = true;
      if (depth === 0) return { depth, quote, atStart, end: i + 1 };
      continue;
    }
    const c = line[i];
    if (c === ' ' || c === '\t') {
      prevSpace = true;
      continue;
    }
    if (c === '#' && prevSpace) return { depth, quote, atStart, end: line.length };
    prevSpace = false;
    const wasQuoted = afterQuoted;
    afterQuoted = false;
    if (c === '[' || c === '{') {
      depth++;
      atStart = true;
      continue;
    }
    if (c === ']' || c === '}') {
      depth--;
      atStart = false;
      afterQuoted = true;
      if (depth < 0) return BAIL;
      if (depth === 0) return { depth, quote, atStart, end: i + 1 };
      continue;
    }
    if (c === ',') {
      atStart = true;
      continue;
    }
    if ((c === ':' || c === '?') && (wasQuoted || /^[\s,[\]{}]?$/.test(line[i + 1] ?? ''))) {
      atStart = true;
      continue;
    }
    if (!atStart) continue;
    if (c === '&' || c === '*' || c === '|' || c === '>' || c === '@' || c === '`' || c === '%') return BAIL;
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '!') {
      while (i + 1 < line.length && !/[\s,[\]{}]/.test(line[i + 1])) i++;
      continue; // the tagged node starts after the tag
    }
    atStart = false;
  }
  return { depth, quote, atStart, end: line.length };
}
