/**
 * The block structure above the cursor, from indentation: the maps and sequences that enclose a
 * column (keys as written, item indices, the keys and scalar items already seen), and what the
 * lines below a position still add to a collection.
 */
import type { Path } from '../../model/nodes';
import type { Scalar } from './types';
import { type LineInfo, flowDepth, scalarOf, stripProperties } from './yaml-lines';

export interface Frame {
  col: number;
  kind: 'root' | 'map' | 'seq';
  /** Undefined where completion does not go (under a tag, broken nesting). */
  path?: Path;
  keys: string[];
  values: Map<string, Scalar>;
  lastKey?: string;
  /** The last key (map) or current item (seq) has no value on its line: a nested block may follow. */
  open: boolean;
  tagged: boolean;
  index: number;
  items: Scalar[];
}

export const frame = (col: number, kind: Frame['kind'], path: Path | undefined): Frame => ({
  col,
  kind,
  path,
  keys: [],
  values: new Map(),
  open: true,
  tagged: false,
  index: 0,
  items: [],
});

export class Structure {
  readonly stack: Frame[] = [frame(-1, 'root', [])];
  get top(): Frame {
    return this.stack[this.stack.length - 1];
  }
  get below(): Frame | undefined {
    return this.stack[this.stack.length - 2];
  }

  popAbove(col: number): void {
    while (this.stack.length > 1 && this.top.col > col) this.stack.pop();
  }

  /** Path of a collection nested in the top frame (consumes its open key or item). */
  childPath(): Path | undefined {
    const t = this.top;
    if (!t.path || !t.open) return undefined;
    t.open = false;
    if (t.kind === 'root') return [];
    if (t.kind === 'map') return t.tagged || t.lastKey === undefined ? undefined : [...t.path, t.lastKey];
    return [...t.path, t.index];
  }

  dash(col: number): Frame {
    this.popAbove(col);
    const t = this.top;
    if (t.kind === 'seq' && t.col === col) {
      t.index++;
      t.open = true;
      return t;
    }
    this.stack.push(frame(col, 'seq', this.childPath()));
    return this.top;
  }

  /** The map a key at `col` belongs to (a new one when none is open there); undefined path when none fits. */
  mapAt(col: number): Frame {
    this.popAbove(col);
    if (this.top.kind === 'seq' && this.top.col === col) this.stack.pop(); // a compact sequence ends at a key
    if (this.top.kind === 'map' && this.top.col === col) return this.top;
    this.stack.push(frame(col, 'map', this.childPath()));
    return this.top;
  }

  key(col: number, key: string, value: string | undefined): Frame {
    const map = this.mapAt(col);
    map.keys.push(key);
    map.lastKey = key;
    const v = stripProperties(value ?? '');
    map.open = v.text === '';
    map.tagged = v.tagged;
    const s = value === undefined ? undefined : scalarOf(value);
    if (s !== undefined) map.values.set(key, s);
    return map;
  }
}

export type Skip = { col: number } | { flow: number } | undefined;

/** Applies a line above the cursor; returns how the following lines are skipped (nested scalar or flow text). */
export function applyLine(s: Structure, info: LineInfo): Skip {
  for (const e of info.entries) {
    if (e.kind === 'dash') s.dash(e.col);
    else s.key(e.col, e.key!, info.rest?.text);
  }
  const last = info.entries[info.entries.length - 1];
  if (!info.rest || !last) return undefined;
  if (last.kind === 'dash') {
    const seq = s.top;
    seq.open = false;
    const v = scalarOf(info.rest.text);
    if (v !== undefined) seq.items.push(v);
  }
  const depth = flowDepth(stripProperties(info.rest.text).text);
  return depth > 0 ? { flow: depth } : { col: last.col };
}

export const isDocMarker = (text: string) => /^(?:---|\.\.\.)(?:\s|$)/.test(text);
export const isDirective = (text: string) => text.startsWith('%');

/** Keys (map) or scalar items (seq) at column `col` in the lines from `from` on, until the collection ends. */
export function lookAhead(lines: LineInfo[], from: number, col: number, mode: 'map' | 'seq') {
  const keys: string[] = [];
  const values = new Map<string, Scalar>();
  const items: Scalar[] = [];
  for (let j = from; j < lines.length; j++) {
    const info = lines[j];
    if (info.blank) continue;
    if (isDocMarker(info.text) || info.indent < col) break;
    if (info.indent > col) continue;
    const first = info.entries[0];
    if (mode === 'map' && first?.kind === 'key') {
      keys.push(first.key!);
      const v = info.entries.length === 1 && info.rest ? scalarOf(info.rest.text) : undefined;
      if (v !== undefined && !values.has(first.key!)) values.set(first.key!, v);
    } else if (mode === 'seq') {
      if (first?.kind === 'key') break;
      if (first?.kind === 'dash' && info.entries.length === 1 && info.rest) {
        const v = scalarOf(info.rest.text);
        if (v !== undefined) items.push(v);
      }
    }
  }
  return { keys, values, items };
}

export function firstContent(lines: LineInfo[], from: number): LineInfo | undefined {
  for (let j = from; j < lines.length; j++) if (!lines[j].blank) return isDocMarker(lines[j].text) ? undefined : lines[j];
  return undefined;
}
