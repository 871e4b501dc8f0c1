/**
 * The cursor inside a YAML flow collection written on one line (`[FARGATE, |]`,
 * `- { ContainerPort: 80, Proto| }`): what is being typed, what is already there, and the commas
 * the new text needs. Scanned token by token, so half-typed text works.
 */
import type { Path, PathSegment } from '../../model/nodes';
import type { Scalar } from './types';
import { quotedEnd, scalarOf } from './yaml-lines';

interface Tok {
  t: '[' | ']' | '{' | '}' | ',' | ':' | 's';
  start: number;
  end: number;
  value?: Scalar;
  quote?: '"' | "'";
  closed?: boolean;
}

interface Frame {
  type: 'seq' | 'map';
  seg?: PathSegment;
  state: 'key' | 'colon' | 'value' | 'after';
  key?: string;
  keys: string[];
  values: Map<string, Scalar>;
  index: number;
  items: Scalar[];
  /** Column just past the last complete value. */
  lastEnd: number;
}

export interface FlowCursor {
  /** Path segments below the flow collection's own path (to the array, for an item). */
  segs: Path;
  /** Item: the index the new item gets. */
  index?: number;
  kind: 'key' | 'value' | 'item';
  presentKeys: string[];
  siblings: Map<string, Scalar>;
  presentItems: Scalar[];
  /** Columns on the line. */
  replace: { start: number; end: number };
  quoted?: { start: number; end: number; quote: '"' | "'" };
  colonFollows: boolean;
  before: string;
  after: string;
  /** Column where a missing comma goes, when it is not where the new text starts. */
  commaAt?: number;
}

const BROKEN = '\u0001';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const BREAK = ',[]{}';

function tokens(line: string, from: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < line.length) {
    const c = line[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(line[i - 1]))) break;
    if (BREAK.includes(c)) {
      out.push({ t: c as Tok['t'], start: i, end: i + 1 });
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (c === ':' && (i + 1 === line.length || isSpace(line[i + 1]) || BREAK.includes(line[i + 1]) || prev?.quote)) {
      out.push({ t: ':', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const e = quotedEnd(line, i);
      const end = e < 0 ? line.length : e;
      out.push({ t: 's', start: i, end, quote: c, closed: e >= 0, value: e >= 0 ? scalarOf(line.slice(i, end)) : undefined });
      i = end;
      continue;
    }
    let j = i + 1;
    while (j < line.length) {
      const d = line[j];
      if (BREAK.includes(d)) break;
      if (d === ':' && (j + 1 === line.length || isSpace(line[j + 1]) || BREAK.includes(line[j + 1]))) break;
      if (d === '#' && isSpace(line[j - 1])) break;
      j++;
    }
    let end = j;
    while (end > i && isSpace(line[end - 1])) end--;
    out.push({ t: 's', start: i, end, value: scalarOf(line.slice(i, end)) });
    i = j;
  }
  return out;
}

class Walker {
  readonly stack: Frame[] = [];
  get top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private childSeg(): PathSegment | undefined {
    const top = this.top;
    if (!top) return undefined;
    if (top.type === 'map') return top.state === 'value' && top.key !== undefined ? top.key : BROKEN;
    if (top.state === 'after') top.index++;
    return top.index;
  }

  private valueDone(end: number, scalar?: Scalar): void {
    const top = this.top;
    if (!top) return;
    if (top.type === 'map') {
      if (top.state === 'value' && top.key !== undefined && scalar !== undefined) top.values.set(top.key, scalar);
      if (top.state === 'value') {
        top.state = 'after';
        top.lastEnd = end;
      }
    } else {
      if (top.state === 'after') top.index++;
      if (scalar !== undefined) top.items.push(scalar);
      top.state = 'after';
      top.lastEnd = end;
    }
  }

  process(t: Tok): void {
    const top = this.top;
    switch (t.t) {
      case '[':
      case '{':
        this.stack.push({
          type: t.t === '[' ? 'seq' : 'map',
          seg: this.childSeg(),
          state: t.t === '[' ? 'value' : 'key',
          keys: [],
          values: new Map(),
          index: 0,
          items: [],
          lastEnd: t.end,
        });
        return;
      case ']':
      case '}':
        while (this.stack.length > 0) {
          const f = this.stack.pop()!;
          if (f.type === (t.t === ']' ? 'seq' : 'map')) break;
        }
        this.valueDone(t.end);
        return;
      case ',':
        if (top?.type === 'map') {
          top.state = 'key';
          top.key = undefined;
        } else if (top?.state === 'after') {
          top.index++;
          top.state = 'value';
        }
        return;
      case ':':
        if (top?.type === 'map' && top.state === 'colon') top.state = 'value';
        return;
      default:
        if (top?.type === 'map' && top.state !== 'value') {
          top.key = typeof t.value === 'string' ? t.value : BROKEN;
          top.keys.push(top.key);
          top.state = 'colon';
          return;
        }
        this.valueDone(t.end, t.value);
    }
  }
}

/** The cursor at column `cc` in the flow collection that starts at column `from` (its `[` or `{`). */
export function flowCursor(line: string, from: number, cc: number): FlowCursor | undefined {
  const toks = tokens(line, from);
  const w = new Walker();
  let k = 0;
  let partial: Tok | undefined;
  for (; k < toks.length; k++) {
    const t = toks[k];
    if (t.start >= cc) break;
    if (t.t === 's' && cc <= t.end && !(t.closed && cc === t.end)) {
      partial = t;
      k++;
      break;
    }
    w.process(t);
  }
  const top = w.top;
  if (!top || top.state === 'colon') return undefined;
  const segs = w.stack.slice(1).map((f) => f.seg ?? BROKEN);
  if (segs.includes(BROKEN)) return undefined;
  const presentKeys = [...top.keys];
  const siblings = new Map(top.values);
  const presentItems = [...top.items];
  let depth = 0;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (t.t === '[' || t.t === '{') depth++;
    else if (t.t === ']' || t.t === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && t.t === 's') {
      if (top.type === 'seq' && t.value !== undefined) presentItems.push(t.value);
      if (top.type === 'map' && toks[j + 1]?.t === ':' && typeof t.value === 'string') {
        presentKeys.push(t.value);
        const v = toks[j + 2];
        if (v?.t === 's' && v.value !== undefined && !siblings.has(t.value)) siblings.set(t.value, v.value);
      }
    }
  }
  const next = toks[k];
  const replace = partial ? { start: partial.start, end: partial.end } : { start: cc, end: cc };
  const quoted =
    partial?.quote && partial.closed && cc < partial.end
      ? { start: partial.start + 1, end: partial.end - 1, quote: partial.quote }
      : undefined;
  const commaAt = top.state === 'after' ? top.lastEnd : undefined;
  const before = commaAt !== undefined && commaAt === replace.start ? ', ' : '';
  const comma = commaAt !== undefined && commaAt !== replace.start ? { commaAt } : {};
  const colonFollows = top.type === 'map' && top.state !== 'value' && next?.t === ':';
  const after = !colonFollows && (next?.t === 's' || next?.t === '[' || next?.t === '{') ? ', ' : '';
  if (top.type === 'seq') {
    const index = top.state === 'after' ? top.index + 1 : top.index;
    return {
      segs,
      index,
      kind: 'item',
      presentKeys: [],
      siblings: new Map(),
      presentItems,
      replace,
      quoted,
      colonFollows: false,
      before,
      after,
      ...comma,
    };
  }
  if (top.state === 'value') {
    return {
      segs: [...segs, top.key ?? BROKEN],
      kind: 'value',
      presentKeys,
      siblings,
      presentItems: [],
      replace,
      quoted,
      colonFollows: false,
      before: '',
      after,
    };
  }
  return { segs, kind: 'key', presentKeys, siblings, presentItems: [], replace, colonFollows, before, after, ...comma };
}
