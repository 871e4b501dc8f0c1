/**
 * Where the cursor is in (possibly half-typed) block YAML, found from indentation rather than a
 * parse: the lines above are walked once to know the enclosing maps and sequences (keys as
 * written, item indices), the lines below give the keys and items already there. Yields one or
 * more contexts (a `- ` may start a new scalar item or the first key of a new map item).
 */
import type { Path } from '../../model/nodes';
import type { SourceRange } from '../../rules/types';
import type { FormatCursor } from './context';
import { type LineInfo, flowDepth, parseLine, quotedEnd, splitLines } from './yaml-lines';
import { flowCursor } from './yaml-flow';
import { type Frame, type Skip, Structure, applyLine, firstContent, frame, isDirective, isDocMarker, lookAhead } from './yaml-structure';

export interface YamlEditInfo {
  replace: SourceRange;
  mode: 'block' | 'flow';
  /**
   * Block: the column where a key (or an item's content) starts, nested lines being indented from
   * it; for a value, the column of its key.
   */
  column: number;
  /** A `:` already follows the key: write the key only. */
  colonFollows: boolean;
  /** The cursor is right after `Key:`: a space first. */
  needsSpace: boolean;
  /** A new item on a line with no `- ` yet. */
  needsDash: boolean;
  /** Inside a closed quoted scalar: its content range and quote. */
  quoted?: { content: SourceRange; quote: '"' | "'" };
  /** Block value: just past the `:`, where a value written on the next lines starts. */
  colonEnd?: number;
  /** Flow: commas before and after the new text. */
  before: string;
  after: string;
  /** Flow: where a missing comma goes (a separate edit), when not at the new text. */
  commaBefore?: number;
}

export type YamlCursor = FormatCursor<YamlEditInfo>;

const blockEdit = (replace: SourceRange, column: number, extra: Partial<YamlEditInfo> = {}): YamlEditInfo => ({
  replace,
  mode: 'block',
  column,
  colonFollows: false,
  needsSpace: false,
  needsDash: false,
  before: '',
  after: '',
  ...extra,
});

export function yamlCursors(text: string, offset: number): YamlCursor[] {
  const raw = splitLines(text);
  const li = raw.findIndex((l) => offset >= l.start && offset <= l.start + l.text.length);
  if (li < 0) return [];
  const lines = raw.map((l) => parseLine(l.text, l.start));
  const s = new Structure();
  let skip: Skip;
  let started = false;
  for (let i = 0; i < li; i++) {
    const info = lines[i];
    if (skip && 'flow' in skip) {
      const d = flowDepth(info.text, skip.flow);
      skip = d > 0 ? { flow: d } : undefined;
      continue;
    }
    if (info.blank) continue;
    if (skip && info.indent > skip.col) continue;
    skip = undefined;
    if (isDocMarker(info.text) || isDirective(info.text)) {
      if (started) return [];
      continue;
    }
    started = true;
    skip = applyLine(s, info);
  }
  const line = lines[li];
  const cc = offset - line.start;
  const t = line.text;
  if (skip && 'flow' in skip) return [];
  if (line.comment !== undefined && cc > line.comment) return [];
  const beforeBlank = t.slice(0, cc).trim() === '';
  if (beforeBlank && t.slice(cc).trim() === '') {
    if (skip && cc > skip.col) return [];
    return emptyLine(s, lines, li, offset, cc);
  }
  // In the indentation: nothing (at the first character of the content, it is being completed).
  if ((beforeBlank && cc < t.length - t.trimStart().length) || (skip && line.indent > skip.col) || isDocMarker(t)) return [];
  const at = (col: number) => line.start + col;
  const range = (a: number, b: number): SourceRange => ({ offset: at(a), length: b - a });
  for (const e of line.entries) {
    if (e.kind === 'dash') {
      if (cc <= e.col) return [];
      s.dash(e.col);
      continue;
    }
    if (cc <= e.keyEnd!) {
      if (cc < e.col) return [];
      return keyAt(s, lines, li, e.col, range(e.col, e.keyEnd!), true);
    }
    if (cc < e.colonEnd!) return [];
    const map = s.key(e.col, e.key!, undefined);
    if (!map.path) return [];
    return valueAt(lines, li, cc, [...map.path, e.key!], map, e.col, e.colonEnd!);
  }
  const rest = line.rest;
  if (line.entries.length === 0) {
    // A key being typed, no colon yet.
    if (!rest || cc < rest.col || !/^[^\s:#,[\]{}"'!&*|>%@`]+$/.test(rest.text)) return [];
    return keyAt(s, lines, li, rest.col, range(rest.col, rest.col + rest.text.length), false);
  }
  return itemAt(s, lines, li, cc, rest);
}

function keyAt(s: Structure, lines: LineInfo[], li: number, col: number, replace: SourceRange, colonFollows: boolean): YamlCursor[] {
  const map = s.mapAt(col);
  if (!map.path) return [];
  const ahead = lookAhead(lines, li + 1, col, 'map');
  const siblings = new Map(map.values);
  for (const [k, v] of ahead.values) if (!siblings.has(k)) siblings.set(k, v);
  return [
    {
      rawPath: map.path,
      kind: 'key',
      presentKeys: [...map.keys, ...ahead.keys],
      siblings,
      presentItems: [],
      edit: blockEdit(replace, col, { colonFollows }),
    },
  ];
}

function itemEdit(seq: Frame, lines: LineInfo[], li: number, replace: SourceRange, column: number, needsDash: boolean): YamlCursor {
  return {
    rawPath: seq.path!,
    kind: 'item',
    presentKeys: [],
    siblings: new Map(),
    presentItems: [...seq.items, ...lookAhead(lines, li + 1, seq.col, 'seq').items],
    edit: blockEdit(replace, column, { needsDash }),
  };
}

/** A line with nothing typed: a key of the map at this column, an item of the sequence, or a new nested block. */
function emptyLine(s: Structure, lines: LineInfo[], li: number, offset: number, x: number): YamlCursor[] {
  const here: SourceRange = { offset, length: 0 };
  s.popAbove(x);
  const t = s.top;
  if (t.kind === 'seq' && t.col === x) {
    if (s.below?.kind === 'map' && s.below.col === x) return keyAt(s, lines, li, x, here, false);
    if (!t.path) return [];
    return [itemEdit(t, lines, li, here, x + 2, true)];
  }
  if (t.kind === 'map' && t.col === x) return keyAt(s, lines, li, x, here, false);
  if (t.kind === 'seq' || t.kind === 'root') return keyAt(s, lines, li, x, here, false);
  // Under `Key:` with nothing after it: the block that follows may be a map or a sequence.
  const path = s.childPath();
  if (!path) return [];
  const next = firstContent(lines, li + 1);
  const nested = frame(x, 'seq', path);
  const asItem = itemEdit(nested, lines, li, here, x + 2, true);
  const asKey = (): YamlCursor[] => {
    const ahead = lookAhead(lines, li + 1, x, 'map');
    return [{ rawPath: path, kind: 'key', presentKeys: ahead.keys, siblings: ahead.values, presentItems: [], edit: blockEdit(here, x) }];
  };
  if (next && next.indent === x && next.entries[0]?.kind === 'dash') return [asItem];
  if (next && next.indent === x && next.entries[0]?.kind === 'key') return asKey();
  return [...asKey(), asItem];
}

/** The value of the key at column `keyCol`, typed after its `:`. */
function valueAt(lines: LineInfo[], li: number, cc: number, path: Path, map: Frame, keyCol: number, colonEnd: number): YamlCursor[] {
  const line = lines[li];
  const at = (col: number) => line.start + col;
  const ahead = lookAhead(lines, li + 1, keyCol, 'map');
  const siblings = new Map(map.values);
  for (const [k, v] of ahead.values) if (!siblings.has(k)) siblings.set(k, v);
  const base = { rawPath: path, kind: 'value' as const, presentKeys: [...map.keys, ...ahead.keys], siblings, presentItems: [] };
  const rest = line.rest;
  if (!rest) {
    const next = firstContent(lines, li + 1);
    if (next && (next.indent > keyCol || (next.indent === keyCol && next.entries[0]?.kind === 'dash'))) return []; // it has a block value
    const needsSpace = line.text[cc - 1] === ':';
    return [{ ...base, edit: blockEdit({ offset: at(cc), length: 0 }, keyCol, { needsSpace, colonEnd: at(colonEnd) }) }];
  }
  const v = rest.text;
  if (/^[[{]/.test(v) && cc > rest.col) return flowAt(line, rest.col, cc, path);
  if (/^[!&*|>[{]/.test(v)) return [];
  const scalar = scalarRange(line, rest, cc);
  if (!scalar) return [];
  return [{ ...base, edit: blockEdit(scalar.replace, keyCol, { quoted: scalar.quoted, colonEnd: at(colonEnd) }) }];
}

/** The scalar being typed at `rest` (plain or quoted): its range, and its content when the cursor is inside closed quotes. */
function scalarRange(
  line: LineInfo,
  rest: { col: number; text: string },
  cc: number,
): { replace: SourceRange; quoted?: YamlEditInfo['quoted'] } | undefined {
  const at = (col: number) => line.start + col;
  const start = Math.min(cc, rest.col);
  const q = rest.text[0];
  if (q === '"' || q === "'") {
    const end = quotedEnd(line.text, rest.col);
    if (end < 0) return { replace: { offset: at(start), length: Math.max(cc, rest.col + rest.text.length) - start } };
    if (cc > rest.col && cc < end) {
      return {
        replace: { offset: at(rest.col), length: end - rest.col },
        quoted: { content: { offset: at(rest.col + 1), length: end - rest.col - 2 }, quote: q },
      };
    }
    if (end !== rest.col + rest.text.length) return undefined;
  }
  const end = Math.max(cc, rest.col + rest.text.length);
  return { replace: { offset: at(start), length: end - start } };
}

/** After `- ` (no key on the line): a new item, or the first key of a new map item. */
function itemAt(s: Structure, lines: LineInfo[], li: number, cc: number, rest: { col: number; text: string } | undefined): YamlCursor[] {
  const line = lines[li];
  const seq = s.top;
  if (seq.kind !== 'seq' || !seq.path) return [];
  const itemPath = [...seq.path, seq.index];
  if (rest && /^[[{]/.test(rest.text)) return cc > rest.col ? flowAt(line, rest.col, cc, itemPath) : [];
  const needsSpace = !rest && line.text[cc - 1] === '-';
  const col = rest ? rest.col : needsSpace ? cc + 1 : cc;
  if (rest && (cc < rest.col || /^[!&*|>]/.test(rest.text))) return [];
  const scalar = rest ? scalarRange(line, rest, cc) : { replace: { offset: line.start + cc, length: 0 } };
  if (!scalar) return [];
  const ahead = lookAhead(lines, li + 1, col, 'map');
  const word = !rest || /^[^\s:#,[\]{}"'!&*|>%@`]+$/.test(rest.text);
  const asKey: YamlCursor = {
    rawPath: itemPath,
    kind: 'key',
    presentKeys: ahead.keys,
    siblings: ahead.values,
    presentItems: [],
    edit: blockEdit(scalar.replace, col, { needsSpace }),
  };
  if (ahead.keys.length > 0) return word ? [asKey] : []; // the item is a map whose other keys follow
  const item = itemEdit(seq, lines, li, scalar.replace, col, false);
  item.edit.quoted = scalar.quoted;
  item.edit.needsSpace = needsSpace;
  return word ? [item, asKey] : [item];
}

function flowAt(line: LineInfo, from: number, cc: number, path: Path): YamlCursor[] {
  const f = flowCursor(line.text, from, cc);
  if (!f) return [];
  const at = (col: number) => line.start + col;
  const edit: YamlEditInfo = {
    replace: { offset: at(f.replace.start), length: f.replace.end - f.replace.start },
    mode: 'flow',
    column: from,
    colonFollows: f.colonFollows,
    needsSpace: false,
    needsDash: false,
    quoted: f.quoted
      ? { content: { offset: at(f.quoted.start), length: f.quoted.end - f.quoted.start }, quote: f.quoted.quote }
      : undefined,
    before: f.before,
    after: f.after,
    commaBefore: f.commaAt === undefined ? undefined : at(f.commaAt),
  };
  return [
    { rawPath: [...path, ...f.segs], kind: f.kind, presentKeys: f.presentKeys, siblings: f.siblings, presentItems: f.presentItems, edit },
  ];
}
