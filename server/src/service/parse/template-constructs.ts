/**
 * Recognises one template construct at an offset: Terraform `${…}`/`%{…}`, Go/Helm/Handlebars
 * `{{…}}`, Jinja `{%…%}`/`{#…#}`, Octopus `#{…}`, CodeDeploy `<NAME>`, envsubst `$NAME`, and
 * classifies it: a value, a block opener, an else-branch, a block end, or something that outputs
 * nothing (comments, assignments).
 */

export type ConstructKind = 'value' | 'open' | 'middle' | 'close' | 'blank' | 'statement';

export interface Construct {
  /** Offset just past the construct. */
  end: number;
  kind: ConstructKind;
}

const MAX_LENGTH = 4000;
const ANGLE = /<[A-Za-z_][A-Za-z0-9_.:-]*>/y;
const DOLLAR = /\$(?:[A-Za-z_][A-Za-z0-9_]*|\([A-Za-z_][A-Za-z0-9_]*\))/y;

/**
 * The construct starting at `i`, if any. `inString` limits the search to the forms that can hold
 * quotes (`${…}`, `%{…}`, `{{…}}`, `{%…%}`) and to the current line.
 */
export function readConstruct(text: string, i: number, inString = false): Construct | undefined {
  const c = text[i];
  const d = text[i + 1];
  if (c === '$') {
    if (d === '{') {
      const end = balanced(text, i + 1, inString);
      return end < 0 ? undefined : { end, kind: 'value' };
    }
    if (inString) return undefined;
    DOLLAR.lastIndex = i;
    const m = DOLLAR.exec(text);
    return m ? { end: i + m[0].length, kind: 'value' } : undefined;
  }
  if (c === '%' && d === '{') {
    const end = balanced(text, i + 1, inString);
    if (end < 0) return undefined;
    return { end, kind: terraformDirective(text.slice(i + 2, end - 1)) };
  }
  if (c === '{' && d === '{') {
    const triple = text[i + 2] === '{';
    const end = closing(text, i + 2, triple ? '}}}' : '}}', inString);
    if (end < 0) return undefined;
    return { end, kind: goDirective(text.slice(i + (triple ? 3 : 2), end - (triple ? 3 : 2))) };
  }
  if (c === '{' && d === '%') {
    const end = closing(text, i + 2, '%}', inString);
    if (end < 0) return undefined;
    return { end, kind: jinjaStatement(text.slice(i + 2, end - 2)) };
  }
  if (inString) return undefined;
  if (c === '{' && d === '#') {
    const end = closing(text, i + 2, '#}', false);
    return end < 0 ? undefined : { end, kind: 'blank' };
  }
  if (c === '#' && d === '{') {
    const end = closing(text, i + 2, '}', true);
    return end < 0 ? undefined : { end, kind: 'value' };
  }
  if (c === '<') {
    ANGLE.lastIndex = i;
    const m = ANGLE.exec(text);
    return m ? { end: i + m[0].length, kind: 'value' } : undefined;
  }
  return undefined;
}

/** End (exclusive) of the `{…}` group opening at `open`, skipping quoted strings; -1 if none. */
function balanced(text: string, open: number, singleLine: boolean): number {
  if (singleLine) {
    const end = lineBracesOf(text)[open];
    return end > 0 && end - open <= MAX_LENGTH ? end : -1;
  }
  const limit = Math.min(text.length, open + MAX_LENGTH);
  // No `}` within reach: nothing can close (keeps a flood of `${` linear).
  const brace = nextIndex(text, '}', open);
  if (brace < 0 || brace >= limit) return -1;
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (--depth === 0) return i + 1;
    } else if (ch === '"') {
      // a quoted string inside the expression: `${lookup(var.m, "a}")}`
      let j = i + 1;
      while (j < limit && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== '"') return -1;
      i = j;
    }
  }
  return -1;
}

function closing(text: string, from: number, close: string, singleLine: boolean): number {
  const end = nextIndex(text, close, from);
  if (end < 0 || end - from > MAX_LENGTH) return -1;
  if (singleLine) {
    const nl = nextIndex(text, '\n', from);
    if (nl >= 0 && nl < end) return -1;
  }
  return end + close.length;
}

/*
 * Searches are remembered for the text being read, so a flood of openers that never close
 * (`{%{%{%…`, `#{#{#{…`) costs one forward scan instead of one scan per opener.
 */
let cachedText: string | undefined;
let nextCache = new Map<string, { from: number; at: number }>();
let lineBraces: Int32Array | undefined;

function useCache(text: string): void {
  if (cachedText === text) return;
  cachedText = text;
  nextCache = new Map();
  lineBraces = undefined;
}

/** `text.indexOf(s, from)`, answered from the previous search when it covers `from`. */
function nextIndex(text: string, s: string, from: number): number {
  useCache(text);
  const hit = nextCache.get(s);
  if (hit && hit.from <= from && (hit.at < 0 || hit.at >= from)) return hit.at;
  const at = text.indexOf(s, from);
  nextCache.set(s, { from, at });
  return at;
}

/** For every `{` the offset just past its matching `}` on the same line (0 when none): one pass, on first use. */
function lineBracesOf(text: string): Int32Array {
  useCache(text);
  if (lineBraces) return lineBraces;
  const match = new Int32Array(text.length + 1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 123 /* { */) stack.push(i);
    else if (ch === 125 /* } */) {
      if (stack.length) match[stack.pop()!] = i + 1;
    } else if (ch === 10 /* \n */) stack.length = 0;
  }
  lineBraces = match;
  return match;
}

function trimMarkers(inner: string): string {
  return inner.replace(/^[-~+]?\s*/, '').replace(/\s*[-~+]?$/, '');
}

function terraformDirective(inner: string): ConstructKind {
  const s = trimMarkers(inner);
  if (/^(if|for)\b/.test(s)) return 'open';
  if (/^else\b/.test(s)) return 'middle';
  if (/^end(if|for)\b/.test(s)) return 'close';
  return 'blank';
}

function goDirective(inner: string): ConstructKind {
  const s = trimMarkers(inner);
  if (s.startsWith('/*') || s.startsWith('!')) return 'blank';
  if (/^(if|range|with|define|block)\b/.test(s) || /^#[A-Za-z]/.test(s)) return 'open';
  if (/^else\b/.test(s) || s === '^') return 'middle';
  if (/^end\b/.test(s) || /^\/[A-Za-z]/.test(s)) return 'close';
  if (/^\$[A-Za-z0-9_]*(\s*,\s*\$[A-Za-z0-9_]*)?\s*:?=/.test(s) || /^(break|continue)$/.test(s)) return 'blank';
  return 'value';
}

function jinjaStatement(inner: string): ConstructKind {
  const s = trimMarkers(inner);
  if (/^(if|for|macro|call|filter|block|with|raw|autoescape|trans)\b/.test(s)) return 'open';
  if (/^(elif|else|elseif|empty)\b/.test(s)) return 'middle';
  if (/^end[a-z]*\b/.test(s)) return 'close';
  return 'statement';
}
