/**
 * Template placeholders: values that a deploy pipeline substitutes later
 * (`${PORT}`, `{{ .Port }}`, `<IMAGE1_NAME>`, `#{Port}`, `__PORT__`, `$PORT`) and template control
 * directives (`%{ if x }…%{ endif }`, `{{ range }}…{{ end }}`, `{% for %}…{% endfor %}`).
 * A string that contains a placeholder cannot be checked statically.
 *
 * JSON templates are read by masking: every unquoted placeholder in value position becomes a JSON
 * string of the same length, and directives become spaces (only the first branch of an if/else is
 * kept), so a JSON parser reads the file with all offsets unchanged.
 */
import { readConstruct, type Construct } from './template-constructs';
import { type DepthCut, capJsonDepth, capYamlDepth } from './depth';
import { skipWhitespace } from './trivia';

const ANGLE_IN_STRING = /<[A-Za-z_][A-Za-z0-9_.: -]*>/;
/** Opener/closer pairs: a string holds a placeholder when an opener is followed by its closer. */
const PAIRS: [string, string][] = [['${', '}'], ['{{', '}}'], ['{%', '%}'], ['#{', '}'], ['%{', '}']];
const WHOLE_STRING_PLACEHOLDER = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\([A-Za-z_][A-Za-z0-9_]*\)|__[A-Za-z0-9_]+__|@@?[A-Za-z0-9_]+@@?|#[A-Za-z_][A-Za-z0-9_]*#)$/;

/** True when a string value holds a placeholder anywhere (so its content is unknown). */
export function containsPlaceholder(value: string): boolean {
  // Linear: only the first opener matters (a closer after a later opener is after the first one too).
  for (const [open, close] of PAIRS) {
    const at = value.indexOf(open);
    if (at >= 0 && value.indexOf(close, at + open.length) >= 0) return true;
  }
  return ANGLE_IN_STRING.test(value) || WHOLE_STRING_PLACEHOLDER.test(value);
}

/** An unquoted placeholder found in template text (offsets are the same in source and masked text). */
export interface BarePlaceholder {
  offset: number;
  length: number;
  text: string;
}

export interface MaskResult {
  text: string;
  placeholders: BarePlaceholder[];
  /** Values nested too deep to analyse, masked as unknown (parse/depth.ts). */
  cuts: DepthCut[];
}

/** Bare words that stand for a value in sed/envsubst-style templates: `PORT`, `__PORT__`, `@PORT@`. */
const BARE_TOKEN = /(?:__[A-Za-z0-9_]+__|@@?[A-Za-z0-9_]+@@?|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![A-Za-z0-9_@])/y;
const NOT_TOKENS = new Set(['TRUE', 'FALSE', 'NULL', 'NONE', 'NAN', 'INFINITY', 'True', 'False', 'None']);

type Expect = 'value' | 'key' | 'colon' | 'comma';

/**
 * Masks template syntax in JSON-like text (see the module comment). Also neutralises quotes inside
 * `${…}`/`{{…}}` within strings, and repairs the commas that removed directives leave behind
 * (a comma right after `[`, `{` or `,`; a missing comma between members), but only where a
 * directive was removed, so plain JSON keeps its real syntax errors.
 */
export function maskBarePlaceholders(text: string): MaskResult {
  const masked = maskJsonTemplates(text);
  let out: string[] | undefined;
  const put = (k: number, ch: string) => { (out ??= masked.text.split(''))[k] = ch; };
  if (masked.text.charCodeAt(0) === 0xfeff) put(0, ' '); // a byte order mark: read past it, offsets stay
  const cuts = capJsonDepth(masked.text, put);
  return { text: out ? out.join('') : masked.text, placeholders: masked.placeholders, cuts };
}

function maskJsonTemplates(text: string): { text: string; placeholders: BarePlaceholder[] } {
  const placeholders: BarePlaceholder[] = [];
  if (!/[$<{%#@_A-Z]/.test(text)) return { text, placeholders };
  let out: string[] | undefined;
  const put = (k: number, ch: string) => { (out ??= text.split(''))[k] = ch; };
  const stack: ('o' | 'a')[] = [];
  let expect: Expect = 'value';
  /** First blanked offset since the last significant token, or -1. */
  let blankSince = -1;
  const n = text.length;
  const budget: ScanBudget = { left: 8 * n + 65536 };

  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (text[k] !== '\n' && text[k] !== '\r') put(k, ' ');
    if (blankSince < 0) blankSince = from;
  };
  const maskValue = (from: number, to: number) => {
    placeholders.push({ offset: from, length: to - from, text: text.slice(from, to) });
    put(from, '"');
    for (let k = from + 1; k < to - 1; k++) put(k, '_');
    put(to - 1, '"');
  };
  const afterValue = () => { expect = stack.length ? 'comma' : 'value'; };
  /** Called before a key/value token: repairs a comma lost with a removed directive. */
  const beforeToken = () => {
    if (expect === 'comma' && blankSince >= 0 && stack.length) {
      put(blankSince, ',');
      expect = stack[stack.length - 1] === 'o' ? 'key' : 'value';
    }
    blankSince = -1;
  };

  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') { i++; continue; }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (ch === '"') {
      beforeToken();
      const end = scanString(text, i, put);
      if (expect === 'key') expect = 'colon';
      else afterValue();
      i = end.end;
      continue;
    }
    const c = readConstruct(text, i);
    if (c) {
      i = handleConstruct(c, i);
      continue;
    }
    if (expect === 'value') {
      BARE_TOKEN.lastIndex = i;
      const m = BARE_TOKEN.exec(text);
      if (m && m[0].length >= 2 && !NOT_TOKENS.has(m[0])) {
        beforeToken();
        maskValue(i, i + m[0].length);
        afterValue();
        i += m[0].length;
        continue;
      }
    }
    switch (ch) {
      case '{':
      case '[':
        beforeToken();
        stack.push(ch === '{' ? 'o' : 'a');
        expect = ch === '{' ? 'key' : 'value';
        break;
      case '}':
      case ']':
        blankSince = -1;
        stack.pop();
        afterValue();
        break;
      case ':':
        blankSince = -1;
        expect = 'value';
        break;
      case ',':
        if ((expect === 'key' || expect === 'value') && blankSince >= 0 && stack.length) {
          blank(i, i + 1); // `[ , {…}` left by `{{ if $i }},{{ end }}`
        } else {
          blankSince = -1;
          expect = stack[stack.length - 1] === 'o' ? 'key' : 'value';
        }
        break;
      default: {
        // number, true/false/null, or garbage the parser will report
        beforeToken();
        let j = i + 1;
        while (j < n && /[A-Za-z0-9+\-._]/.test(text[j])) j++;
        afterValue();
        i = j;
        continue;
      }
    }
    i++;
  }
  return { text: out ? out.join('') : text, placeholders };

  function handleConstruct(c: Construct, start: number): number {
    const end = c.end;
    switch (c.kind) {
      case 'value':
      case 'statement': {
        if (expect === 'value' && (c.kind === 'value' || stack[stack.length - 1] === 'o')) {
          beforeToken();
          maskValue(start, end);
          afterValue();
        } else if (c.kind === 'value' && expect === 'key' && text[skipWhitespace(text, end)] === ':') {
          beforeToken();
          maskValue(start, end);
          expect = 'colon';
        } else blank(start, end);
        return end;
      }
      case 'open': {
        if (expect === 'value' && stack[stack.length - 1] === 'o') {
          // `"cpu": %{ if big }1024%{ else }256%{ endif }`: the whole block is one unknown value.
          const close = matchingClose(text, end, budget);
          if (close >= 0) {
            beforeToken();
            maskValue(start, close);
            afterValue();
            return close;
          }
        }
        blank(start, end);
        return end;
      }
      case 'middle': {
        // Keep only the first branch: blank `else …` up to and including the matching close.
        const close = matchingClose(text, end, budget);
        blank(start, close >= 0 ? close : end);
        return close >= 0 ? close : end;
      }
      case 'close':
      case 'blank':
        blank(start, end);
        return end;
    }
  }
}

/** Scans a JSON string from its opening quote; quotes inside template syntax are masked with `put`. */
function scanString(text: string, start: number, put: (k: number, ch: string) => void): { end: number } {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '"' || c === '\n') return { end: i + 1 };
    if ((c === '$' || c === '%') && text[i + 1] === '{' || c === '{' && (text[i + 1] === '{' || text[i + 1] === '%')) {
      const k = readConstruct(text, i, true);
      if (k && quotesInside(text, i, k.end)) {
        for (let j = i; j < k.end; j++) {
          if (text[j] === '\\') j++;
          else if (text[j] === '"') put(j, '_');
        }
        i = k.end;
        continue;
      }
    }
    i++;
  }
  return { end: n };
}

/**
 * True when the construct `text[from, to)` inside a string holds quoted strings of its own
 * (`"${lookup(m, "a")}"`): an even number of unescaped quotes, and the outer string still closes after it.
 * A lone `"${"` in minified JSON is an ordinary string, not the start of an expression that
 * swallows the rest of the line.
 */
function quotesInside(text: string, from: number, to: number): boolean {
  let quotes = 0; // unescaped only: `\"` inside a JSON string is fine as it is
  for (let j = from; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') quotes++;
  }
  if (quotes === 0 || quotes % 2 !== 0) return false;
  for (let j = to; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return true;
    else if (c === '\n') return false;
  }
  return false;
}

/** Characters `matchingClose` may still scan in one masking pass (keeps many unclosed blocks linear). */
export interface ScanBudget {
  left: number;
}

/** Offset just past the close directive matching an open one that ended at `from`, or -1. */
export function matchingClose(text: string, from: number, budget: ScanBudget = { left: Infinity }): number {
  let depth = 1;
  let i = from;
  const n = text.length;
  while (i < n) {
    if (--budget.left < 0) return -1;
    const ch = text[i];
    if (ch === '"') {
      const end = scanString(text, i, () => undefined).end;
      budget.left -= end - i;
      i = end;
      continue;
    }
    const c = readConstruct(text, i);
    if (!c) { i++; continue; }
    if (c.kind === 'open') depth++;
    else if (c.kind === 'close' && --depth === 0) return c.end;
    i = c.end;
  }
  return -1;
}

/**
 * Masks Jinja/Go-template syntax in YAML text: a directive alone on its line becomes spaces,
 * anything else (`Port: {{ port }}`) becomes underscores, recorded as a placeholder so the
 * scalar holding it reads as unknown. `${…}` needs no masking in YAML.
 */
export function maskYamlTemplates(text: string): MaskResult {
  const masked = maskYamlConstructs(text);
  let lf = masked.text;
  // CR-only line ends (old Mac) are line breaks in YAML; the parser reads only LF and CRLF.
  if (/\r(?!\n)/.test(lf)) lf = lf.replace(/\r(?!\n)/g, '\n');
  let out: string[] | undefined;
  const cuts = capYamlDepth(lf, (k, ch) => { (out ??= lf.split(''))[k] = ch; });
  return { text: out ? (out as string[]).join('') : lf, placeholders: masked.placeholders, cuts };
}

function maskYamlConstructs(text: string): { text: string; placeholders: BarePlaceholder[] } {
  const placeholders: BarePlaceholder[] = [];
  if (!/\{\{|\{%|\{#|%\{/.test(text)) return { text, placeholders };
  const out = text.split('');
  const re = /\{\{|\{%|\{#|%\{/g;
  // The current line, tracked forward once (a long line with many constructs stays linear).
  let lineStart = 0;
  let scanned = 0;
  let comment = -2; // offset of this line's comment `#`, -1 none, -2 not looked for yet
  let lineEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    for (; scanned < start; scanned++) {
      if (text.charCodeAt(scanned) === 10) { lineStart = scanned + 1; comment = -2; lineEnd = -1; }
    }
    if (comment === -2) comment = commentStart(text, lineStart);
    if (comment >= 0 && comment < start) continue; // in a comment
    const c = readConstruct(text, start);
    if (!c) continue;
    const end = c.end;
    if (lineEnd < end) {
      lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) lineEnd = text.length;
    }
    const alone = c.kind !== 'value' && /^[ \t-]*$/.test(text.slice(lineStart, start)) && /^[ \t\r]*$/.test(text.slice(end, lineEnd));
    for (let k = start; k < end; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = alone ? ' ' : '_';
    if (!alone) placeholders.push({ offset: start, length: end - start, text: text.slice(start, end) });
    re.lastIndex = end;
  }
  return { text: out.join(''), placeholders };
}

/** Offset of the `#` that starts a comment on the line at `lineStart` (outside quotes), or -1. */
function commentStart(text: string, lineStart: number): number {
  for (let i = lineStart; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]))) return i;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j++;
      if (text[j] === c) i = j;
    }
  }
  return -1;
}
