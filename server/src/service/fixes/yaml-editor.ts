/**
 * Applies declarative fix edits to YAML text in place: each edit is located with the `yaml`
 * package's source ranges and becomes a small text replacement, so indentation, comments, quoting
 * and key order of everything else stay byte-identical. Block and flow collections both work.
 * Template syntax (`{{ x }}`) is masked for the parser and every edit is applied to both texts.
 */
import { type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq, isMap, isPair, isScalar, isSeq } from 'yaml';
import { maskYamlTemplates } from '../parse/placeholders';
import { nodeEnd, nodeStart, parseYamlDocuments } from '../parse/yaml';
import { renderBlock, renderFlow, renderScalar } from './yaml-render';
import { colonEnd, columnOf, dashBefore, indentStep, lineEndIncl, lineStart, onlyWsBefore, skipSpaces } from './yaml-text';
import { skipYamlTrivia } from '../parse/trivia';
import type { FixEdit } from '../rules/types';

interface Replace {
  offset: number;
  length: number;
  content: string;
}

interface Located {
  node: YamlNode;
  /** The collection holding `node` (undefined for the document root). */
  parent?: YAMLMap | YAMLSeq;
  pair?: Pair;
  index: number;
  inFlow: boolean;
}

export function applyYamlEdits(text: string, edits: FixEdit[]): string | undefined {
  let original = text;
  let masked = maskYamlTemplates(text).text;
  for (const edit of edits) {
    const replaces = new YamlEdit(masked, eolOf(original)).toReplaces(edit);
    if (!replaces) return undefined;
    original = applyReplaces(original, replaces);
    masked = applyReplaces(masked, replaces);
  }
  return original;
}

/** The file's line end: CRLF, LF, or a lone CR (the masked text the parser reads has LF there). */
function eolOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

function applyReplaces(text: string, replaces: Replace[]): string {
  let out = text;
  for (const r of [...replaces].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, r.offset) + r.content + out.slice(r.offset + r.length);
  }
  return out;
}

class YamlEdit {
  private readonly root: YamlNode | undefined;
  private readonly eol: string;
  private readonly step: number;

  constructor(
    private readonly text: string,
    eol: string,
  ) {
    const doc = parseYamlDocuments(text).find((d) => d.contents);
    this.root = (doc?.contents ?? undefined) as YamlNode | undefined;
    this.eol = eol;
    this.step = indentStep(text);
  }

  toReplaces(edit: FixEdit): Replace[] | undefined {
    const at = this.locate(edit.path);
    if (!at) return undefined;
    switch (edit.op) {
      case 'remove':
        return this.remove(at);
      case 'set':
        return this.set(at, edit.value);
      case 'rename':
        return this.rename(at, edit.newKey);
      case 'insert':
        return this.insert(at, edit.key, edit.value, edit.after ?? []);
      case 'unwrap':
        return this.unwrap(at);
    }
  }

  private locate(path: (string | number)[]): Located | undefined {
    if (!this.root) return undefined;
    let cur: Located = { node: this.root, index: -1, inFlow: isFlow(this.root) };
    for (const seg of path) {
      const coll = cur.node;
      if (typeof seg === 'number') {
        if (!isSeq(coll)) return undefined;
        const item = coll.items[seg] as YamlNode | undefined;
        if (!item || !item.range || isPair(item)) return undefined;
        cur = { node: item, parent: coll, index: seg, inFlow: cur.inFlow || isFlow(item) };
      } else {
        if (!isMap(coll)) return undefined;
        const index = coll.items.findIndex((p) => isScalar(p.key) && String((p.key as Scalar).value) === seg);
        if (index < 0) return undefined;
        const pair = coll.items[index] as Pair;
        const value = pair.value as YamlNode | null;
        const node = value && value.range ? value : (pair.key as YamlNode);
        cur = { node, parent: coll, pair, index, inFlow: cur.inFlow || isFlow(node) };
      }
    }
    return cur;
  }

  // ---- remove ---------------------------------------------------------------------------

  private remove(at: Located): Replace[] | undefined {
    const parent = at.parent;
    if (!parent) return undefined;
    if (parent.flow) return this.removeFlow(parent, at.index);
    if (parent.items.length === 1) return this.emptyCollection(parent, isMap(parent) ? '{}' : '[]');
    const text = this.text;
    if (at.pair) {
      const keyStart = (at.pair.key as YamlNode).range![0];
      if (onlyWsBefore(text, keyStart)) return [this.cut(lineStart(text, keyStart), lineEndIncl(text, this.pairEnd(at.pair)))];
      // `- HostPort: 80` with more keys below: the next key moves up after the dash.
      const next = parent.items[at.index + 1] as Pair | undefined;
      if (!next) return [this.cut(keyStart, this.pairEnd(at.pair))];
      return [this.cut(keyStart, (next.key as YamlNode).range![0])];
    }
    const start = nodeStart(text, at.node);
    const dash = dashBefore(text, start);
    if (dash >= 0 && onlyWsBefore(text, dash)) return [this.cut(lineStart(text, dash), lineEndIncl(text, nodeEnd(text, at.node)))];
    const next = parent.items[at.index + 1] as YamlNode | undefined;
    const from = dash >= 0 ? dash : start;
    return [this.cut(from, next ? dashBefore(text, nodeStart(text, next)) : nodeEnd(text, at.node))];
  }

  private removeFlow(coll: YAMLMap | YAMLSeq, index: number): Replace[] {
    const text = this.text;
    const [open, close] = coll.range!;
    if (coll.items.length === 1) return [this.cut(open + 1, close - 1)];
    const [start, end] = this.span(coll, index);
    const after = skipYamlTrivia(text, end);
    if (text[after] === ',') {
      const rest = skipSpaces(text, after + 1);
      const ownsLine = onlyWsBefore(text, start) && (text[rest] === '\n' || text[rest] === '\r' || text[rest] === '#');
      if (ownsLine) return [this.cut(lineStart(text, start), lineEndIncl(text, after))];
      return [this.cut(start, rest)];
    }
    const prevEnd = this.span(coll, index - 1)[1];
    return [this.cut(prevEnd, end)];
  }

  /** Source span of item `index` of a collection (a pair from key to value). */
  private span(coll: YAMLMap | YAMLSeq, index: number): [number, number] {
    const item = coll.items[index] as YamlNode | Pair;
    if (isPair(item)) return [(item.key as YamlNode).range![0], this.pairEnd(item)];
    return [nodeStart(this.text, item), nodeEnd(this.text, item)];
  }

  private pairEnd(pair: Pair): number {
    const value = pair.value as YamlNode | null;
    if (value && value.range) return nodeEnd(this.text, value);
    return (pair.key as YamlNode).range![1];
  }

  /** Replaces a block collection by `{}`/`[]`, after its key or dash when nothing else is between. */
  private emptyCollection(coll: YamlNode, empty: string): Replace[] {
    const text = this.text;
    const start = nodeStart(text, coll);
    let end = nodeEnd(text, coll);
    // a comment after the last removed value went with it
    const rest = /^[ \t]*(#[^\r\n]*)?/.exec(text.slice(end))![0];
    if (rest.includes('#')) end += rest.length;
    let p = start;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    if (p > 0 && (text[p - 1] === ':' || text[p - 1] === '-')) return [{ offset: p, length: end - p, content: ` ${empty}` }];
    return [{ offset: start, length: end - start, content: empty }];
  }

  private cut(from: number, to: number): Replace {
    return { offset: from, length: to - from, content: '' };
  }

  // ---- set / rename ---------------------------------------------------------------------

  private set(at: Located, value: unknown): Replace[] | undefined {
    const text = this.text;
    const node = at.node;
    if (at.pair && node === at.pair.key) {
      // `Key:` with no value: write it after the colon.
      const colon = colonEnd(text, node.range![1]);
      return [{ offset: colon, length: 0, content: this.afterKey(value, at, columnOf(text, node.range![0])) }];
    }
    const start = nodeStart(text, node);
    const end = nodeEnd(text, node);
    if (!((isMap(node) || isSeq(node)) && !node.flow)) {
      const like = isScalar(node) ? node : undefined;
      if (start === end) {
        // an empty item or value: `- ` / `Key: `
        const pad = text[start - 1] === ' ' ? '' : ' ';
        return [{ offset: start, length: 0, content: pad + this.renderValue(value, at, like) }];
      }
      return [{ offset: start, length: end - start, content: this.renderValue(value, at, like) }];
    }
    // A block collection: replace everything after its `Key:` or `-`.
    let p = start;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const indicator = text[p - 1];
    if (indicator === ':' && at.pair) {
      return [{ offset: p, length: end - p, content: this.afterKey(value, at, columnOf(text, (at.pair.key as YamlNode).range![0])) }];
    }
    if (indicator === '-') {
      const content =
        isNonEmptyCollection(value) && !at.inFlow
          ? renderBlock(value, columnOf(text, p - 1) + 2, this.step, this.eol).trimStart()
          : this.renderValue(value, at);
      return [{ offset: p, length: end - p, content: ` ${content}` }];
    }
    return [{ offset: start, length: end - start, content: renderFlow(value) }];
  }

  /** What follows `Key:` (key at column `col`): ` scalar`, ` {}`, or a block on the lines below. */
  private afterKey(value: unknown, at: Located, col: number): string {
    if (at.inFlow || !isNonEmptyCollection(value)) return ` ${this.renderValue(value, at)}`;
    return this.eol + renderBlock(value, col + this.step, this.step, this.eol);
  }

  private renderValue(value: unknown, at: Located, like?: Scalar): string {
    if (value !== null && typeof value === 'object') return renderFlow(value);
    return renderScalar(value, like, at.inFlow);
  }

  private rename(at: Located, newKey: string): Replace[] | undefined {
    const key = at.pair?.key as YamlNode | undefined;
    if (!key || !isScalar(key) || !key.range) return undefined;
    const inFlow = !!at.parent?.flow;
    const [start, end] = key.range;
    return [{ offset: start, length: end - start, content: renderScalar(newKey, key, inFlow) }];
  }

  // ---- insert / unwrap --------------------------------------------------------------------

  private insert(at: Located, key: string, value: unknown, after: string[]): Replace[] | undefined {
    const map = at.node;
    if (!isMap(map)) return undefined;
    const text = this.text;
    const pairs = map.items as Pair[];
    const keyText = renderScalar(key, undefined, !!map.flow);
    let anchor = pairs[pairs.length - 1];
    for (const a of after) {
      const found = pairs.find((p) => isScalar(p.key) && String((p.key as Scalar).value) === a);
      if (found) {
        anchor = found;
        break;
      }
    }
    if (map.flow) {
      const flowValue = this.renderValue(value, { ...at, inFlow: true });
      if (!anchor) {
        const [open, close] = map.range!;
        return [{ offset: open + 1, length: close - 1 - (open + 1), content: ` ${keyText}: ${flowValue} ` }];
      }
      return [{ offset: this.pairEnd(anchor), length: 0, content: `, ${keyText}: ${flowValue}` }];
    }
    if (!anchor) return undefined;
    const col = columnOf(text, (pairs[0].key as YamlNode).range![0]);
    const offset = lineEndIncl(text, this.pairEnd(anchor));
    let prefix = '';
    if (offset === text.length && !text.endsWith('\n')) prefix = this.eol;
    const line = `${' '.repeat(col)}${keyText}:${this.afterKey(value, { ...at, inFlow: false }, col)}`;
    return [{ offset, length: 0, content: `${prefix}${line}${this.eol}` }];
  }

  private unwrap(at: Located): Replace[] | undefined {
    const inner = at.node;
    const root = this.root;
    if (!isMap(inner) || !root) return undefined;
    const text = this.text;
    const end = nodeEnd(text, inner);
    let body: string;
    if (inner.flow) body = text.slice(nodeStart(text, inner), end);
    else {
      body = this.dedentedLines(inner.range![0], end);
      // describe output: carry its non-empty `tags` along, as the JSON editor does.
      const tags =
        at.parent && isMap(at.parent) && at.parent !== inner
          ? (at.parent.items as Pair[]).find((p) => p !== at.pair && isScalar(p.key) && (p.key as Scalar).value === 'tags')
          : undefined;
      const hasTags = (inner.items as Pair[]).some((p) => isScalar(p.key) && (p.key as Scalar).value === 'tags');
      const tagsValue = tags?.value as YamlNode | null | undefined;
      if (tags && !hasTags && isSeq(tagsValue) && tagsValue.items.length > 0) {
        body += this.eol + this.dedentedLines((tags.key as YamlNode).range![0], this.pairEnd(tags));
      }
    }
    const rootStart = nodeStart(text, root);
    return [{ offset: rootStart, length: nodeEnd(text, root) - rootStart, content: body }];
  }

  /** The lines from `start` (a block's first key) to `end`, shifted left to `start`'s column. */
  private dedentedLines(start: number, end: number): string {
    const col = columnOf(this.text, start);
    return this.text
      .slice(lineStart(this.text, start), end)
      .split(/\r?\n/)
      .map((l) => l.slice(Math.min(col, /^ */.exec(l)![0].length)))
      .join(this.eol);
  }
}

function isFlow(node: YamlNode): boolean {
  return (isMap(node) || isSeq(node)) && !!node.flow;
}

function isNonEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value as object).length > 0;
}
