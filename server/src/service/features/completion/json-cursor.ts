/**
 * Where the cursor is in (possibly broken) JSON, found by scanning tokens rather than parsing,
 * so it works while the user is typing: half a key, a key with no value yet, a missing comma.
 * Yields the raw path, what is being typed (key, value or array item), the keys and items
 * already there (before and after the cursor), and how to place the new text.
 */
import { type JSONScanner, ScanError, SyntaxKind, createScanner } from 'jsonc-parser';
import type { PathSegment } from '../../model/nodes';
import type { SourceRange } from '../../rules/types';
import type { Scalar } from './types';
import type { FormatCursor } from './context';

export interface JsonEditInfo {
  /** The text the new text replaces (empty at the cursor when nothing is typed yet). */
  replace: SourceRange;
  /** Set when the cursor is inside a closed string: the content between its quotes. */
  stringContent?: SourceRange;
  /** Key completion: a colon already follows, so only the key is written. */
  colonFollows: boolean;
  /** Value completion after a key with no colon yet: write `: ` first. */
  needsColon: boolean;
  /** Where a comma must go before the new text (the end of the previous member or item). */
  commaBefore?: number;
  /** A comma must follow the new text (another member or item comes next). */
  commaAfter: boolean;
}

export type JsonCursor = FormatCursor<JsonEditInfo>;

interface Tok {
  kind: SyntaxKind;
  offset: number;
  end: number;
  value: string;
  error: ScanError;
}

type Frame =
  | { type: 'root' }
  | {
      type: 'object';
      seg: PathSegment;
      state: 'key' | 'colon' | 'value' | 'after';
      key?: string;
      keys: string[];
      values: Map<string, Scalar>;
      lastEnd: number;
    }
  | { type: 'array'; seg: PathSegment; state: 'value' | 'after'; index: number; items: Scalar[]; lastEnd: number };

const MAX_LOOKAHEAD = 50_000;
/** A segment no task path contains: the cursor is somewhere the structure is broken. */
const BROKEN = '\u0001';
/** The segment of the document's root value (not part of any path). */
const ROOT = '\u0002';

function scalarOf(t: Tok): Scalar | undefined {
  switch (t.kind) {
    case SyntaxKind.StringLiteral:
      return t.value;
    case SyntaxKind.NumericLiteral:
      return Number(t.value);
    case SyntaxKind.TrueKeyword:
      return true;
    case SyntaxKind.FalseKeyword:
      return false;
    case SyntaxKind.NullKeyword:
      return null;
    default:
      return undefined;
  }
}

const isValueStart = (k: SyntaxKind | undefined) =>
  k === SyntaxKind.StringLiteral ||
  k === SyntaxKind.NumericLiteral ||
  k === SyntaxKind.TrueKeyword ||
  k === SyntaxKind.FalseKeyword ||
  k === SyntaxKind.NullKeyword ||
  k === SyntaxKind.OpenBraceToken ||
  k === SyntaxKind.OpenBracketToken ||
  k === SyntaxKind.Unknown;

function isTerminatedString(t: Tok, text: string): boolean {
  return (
    t.kind === SyntaxKind.StringLiteral && t.error !== ScanError.UnexpectedEndOfString && t.end - t.offset >= 2 && text[t.end - 1] === '"'
  );
}

function readTok(s: JSONScanner, kind: SyntaxKind): Tok {
  const offset = s.getTokenOffset();
  return { kind, offset, end: offset + s.getTokenLength(), value: s.getTokenValue(), error: s.getTokenError() };
}

/** Next token that is not whitespace or a comment; `inComment` is called for each comment. */
function nextTok(s: JSONScanner, inComment?: (t: Tok) => void): Tok {
  for (;;) {
    const kind = s.scan();
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    const t = readTok(s, kind);
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      inComment?.(t);
      continue;
    }
    return t;
  }
}

class Walker {
  readonly stack: Frame[] = [{ type: 'root' }];
  get top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  private segForChild(): PathSegment {
    const top = this.top;
    if (top.type === 'root') return ROOT;
    if (top.type === 'object') return top.state === 'value' && top.key !== undefined ? top.key : BROKEN;
    if (top.type === 'array') {
      if (top.state === 'after') top.index++;
      return top.index;
    }
    return BROKEN;
  }

  private valueDone(end: number, scalar?: Scalar): void {
    const top = this.top;
    if (top.type === 'object') {
      if (top.state === 'value' && top.key !== undefined && scalar !== undefined) top.values.set(top.key, scalar);
      if (top.state === 'value') {
        top.state = 'after';
        top.lastEnd = end;
      }
    } else if (top.type === 'array') {
      if (top.state === 'after') top.index++;
      if (scalar !== undefined) top.items.push(scalar);
      top.state = 'after';
      top.lastEnd = end;
    }
  }

  private close(type: 'object' | 'array', end: number): void {
    while (this.stack.length > 1) {
      const f = this.stack.pop()!;
      if (f.type === type) break;
    }
    this.valueDone(end);
  }

  process(t: Tok): void {
    const top = this.top;
    switch (t.kind) {
      case SyntaxKind.OpenBraceToken:
        this.stack.push({ type: 'object', seg: this.segForChild(), state: 'key', keys: [], values: new Map(), lastEnd: t.end });
        return;
      case SyntaxKind.OpenBracketToken:
        this.stack.push({ type: 'array', seg: this.segForChild(), state: 'value', index: 0, items: [], lastEnd: t.end });
        return;
      case SyntaxKind.CloseBraceToken:
        this.close('object', t.end);
        return;
      case SyntaxKind.CloseBracketToken:
        this.close('array', t.end);
        return;
      case SyntaxKind.CommaToken:
        if (top.type === 'object') {
          top.state = 'key';
          top.key = undefined;
        } else if (top.type === 'array' && top.state === 'after') {
          top.index++;
          top.state = 'value';
        }
        return;
      case SyntaxKind.ColonToken:
        if (top.type === 'object' && top.state === 'colon') top.state = 'value';
        return;
      case SyntaxKind.StringLiteral:
        if (top.type === 'object' && top.state !== 'value') {
          top.key = t.value;
          top.keys.push(t.value);
          top.state = 'colon';
          return;
        }
        this.valueDone(t.end, t.value);
        return;
      default:
        if (top.type === 'object' && top.state !== 'value') return;
        this.valueDone(t.end, scalarOf(t));
    }
  }
}

/** The token-level facts after the cursor: the next two tokens and what the enclosing frame still holds. */
function lookAhead(s: JSONScanner, first: Tok, top: Frame, presentKeys: string[], siblings: Map<string, Scalar>, items: Scalar[]): Tok[] {
  const toks: Tok[] = [];
  let t = first;
  let depth = 0;
  for (let n = 0; n < MAX_LOOKAHEAD && t.kind !== SyntaxKind.EOF; n++) {
    toks.push(t);
    if (t.kind === SyntaxKind.OpenBraceToken || t.kind === SyntaxKind.OpenBracketToken) depth++;
    else if (t.kind === SyntaxKind.CloseBraceToken || t.kind === SyntaxKind.CloseBracketToken) {
      if (depth === 0) break;
      depth--;
    }
    t = nextTok(s);
  }
  let d = 0;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i].kind;
    if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken) {
      d++;
      continue;
    }
    if (k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) {
      d--;
      continue;
    }
    if (d !== 0) continue;
    if (top.type === 'object' && k === SyntaxKind.StringLiteral && toks[i + 1]?.kind === SyntaxKind.ColonToken) {
      presentKeys.push(toks[i].value);
      const v = toks[i + 2] ? scalarOf(toks[i + 2]) : undefined;
      if (v !== undefined && !siblings.has(toks[i].value)) siblings.set(toks[i].value, v);
      i++;
    } else if (top.type === 'array') {
      const v = scalarOf(toks[i]);
      if (v !== undefined) items.push(v);
    }
  }
  return toks;
}

const WORD_CHAR = /[A-Za-z0-9_.-]/;

export function jsonCursor(text: string, cursor: number): JsonCursor | undefined {
  const s = createScanner(text, false);
  const walker = new Walker();
  let inComment = false;
  const commentCheck = (t: Tok) => {
    const lineComment = t.kind === SyntaxKind.LineCommentTrivia;
    if (cursor > t.offset && (lineComment ? cursor <= t.end : cursor < t.end)) inComment = true;
  };
  let partial: Tok | undefined;
  let after: Tok;
  for (;;) {
    const t = nextTok(s, commentCheck);
    if (inComment) return undefined;
    if (t.kind === SyntaxKind.EOF || t.offset >= cursor) {
      after = t;
      break;
    }
    const closedBefore =
      t.end < cursor ||
      (t.end === cursor &&
        (t.kind === SyntaxKind.StringLiteral ? isTerminatedString(t, text) : scalarOf(t) === undefined && t.kind !== SyntaxKind.Unknown));
    if (closedBefore) {
      walker.process(t);
      continue;
    }
    partial = t;
    after = nextTok(s, commentCheck);
    break;
  }
  if (inComment) return undefined;
  const top = walker.top;
  if (top.type === 'root') return undefined;
  const rawPath = walker.stack
    .slice(1)
    .map((f) => (f.type === 'root' ? BROKEN : f.seg))
    .filter((seg, i) => !(i === 0 && seg === ROOT));
  const presentKeys = top.type === 'object' ? [...top.keys] : [];
  const siblings = top.type === 'object' ? new Map(top.values) : new Map<string, Scalar>();
  const presentItems = top.type === 'array' ? [...top.items] : [];
  const ahead = lookAhead(s, after, top, presentKeys, siblings, presentItems);
  const [next, next2] = ahead;

  let replace: SourceRange = { offset: cursor, length: 0 };
  let stringContent: SourceRange | undefined;
  if (partial) {
    if (partial.kind === SyntaxKind.StringLiteral && !isTerminatedString(partial, text)) {
      let end = cursor;
      while (end < partial.end && WORD_CHAR.test(text[end])) end++;
      replace = { offset: partial.offset, length: end - partial.offset };
    } else {
      replace = { offset: partial.offset, length: partial.end - partial.offset };
      if (partial.kind === SyntaxKind.StringLiteral)
        stringContent = { offset: partial.offset + 1, length: partial.end - partial.offset - 2 };
    }
  }
  const base = { rawPath, presentKeys, siblings, presentItems };
  if (top.type === 'object') {
    if (top.state === 'value' || (top.state === 'colon' && !partial)) {
      const needsColon = top.state === 'colon';
      const commaAfter = next?.kind === SyntaxKind.StringLiteral && next2?.kind === SyntaxKind.ColonToken;
      return {
        ...base,
        rawPath: [...rawPath, top.key ?? BROKEN],
        kind: 'value',
        edit: { replace, stringContent, colonFollows: false, needsColon, commaAfter },
      };
    }
    if (top.state === 'colon') return undefined;
    const colonFollows = next?.kind === SyntaxKind.ColonToken;
    const commaAfter = !colonFollows && (next?.kind === SyntaxKind.StringLiteral || next?.kind === SyntaxKind.Unknown);
    const commaBefore = top.state === 'after' ? top.lastEnd : undefined;
    return { ...base, kind: 'key', edit: { replace, colonFollows, needsColon: false, commaBefore, commaAfter } };
  }
  const commaBefore = top.state === 'after' ? top.lastEnd : undefined;
  return {
    ...base,
    kind: 'item',
    edit: { replace, stringContent, colonFollows: false, needsColon: false, commaBefore, commaAfter: isValueStart(next?.kind) },
  };
}
