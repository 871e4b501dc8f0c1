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
import { skipJsoncTrivia, skipWhitespace } from './trivia';

const ANGLE_IN_STRING = /<[A-Za-z_][A-Za-z0-9_.: -]*>/;
/** Opener/closer pairs: a string holds a placeholder when an opener is followed by its closer. */
const PAIRS: [string, string][] = [
  ['${', '}'],
  ['{{', '}}'],
  ['{%', '%}'],
  ['#{', '}'],
  ['%{', '}'],
];
const WHOLE_STRING_PLACEHOLDER =
  /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\([A-Za-z_][A-Za-z0-9_]*\)|__[A-Za-z0-9_]+__|@@?[A-Za-z0-9_]+@@?|#[A-Za-z_][A-Za-z0-9_]*#)$/;

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
  const put = (k: number, ch: string) => {
    (out ??= masked.text.split(''))[k] = ch;
  };
  if (masked.text.charCodeAt(0) === 0xfeff) put(0, ' '); // a byte order mark: read past it, offsets stay
  const cuts = capJsonDepth(masked.text, put);
  return { text: out ? out.join('') : masked.text, placeholders: masked.placeholders, cuts };
}

function maskJsonTemplates(text: string): { text: string; placeholders: BarePlaceholder[] } {
  if (!/[$<{%#@_A-Z]/.test(text)) return { text, placeholders: [] };
  return new JsonTemplateMasker(text).run();
}

/**
 * One pass over JSON template text: a tokenizer that knows whether a key, a colon, a value or a
 * comma comes next, masks placeholders in value (and key) position, blanks directives, and repairs
 * the commas removed directives leave behind.
 */
class JsonTemplateMasker {
  readonly placeholders: BarePlaceholder[] = [];
  private out: string[] | undefined;
  private readonly stack: ('o' | 'a')[] = [];
  private expect: Expect = 'value';
  /** First blanked offset since the last significant token, or -1. */
  private blankSince = -1;
  private readonly budget: ScanBudget;
  readonly put = (k: number, ch: string): void => {
    (this.out ??= this.text.split(''))[k] = ch;
  };

  constructor(private readonly text: string) {
    this.budget = { left: 8 * text.length + 65536 };
  }

  run(): { text: string; placeholders: BarePlaceholder[] } {
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        i++;
        continue;
      }
      if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
        i = skipJsoncTrivia(text, i);
        continue;
      }
      i = this.token(ch, i);
    }
    return { text: this.out ? this.out.join('') : text, placeholders: this.placeholders };
  }

  /** Reads the token starting with `ch` at `i`; returns the offset after it. */
  private token(ch: string, i: number): number {
    if (ch === '"') return this.string(i);
    const c = readConstruct(this.text, i);
    if (c) return this.construct(c, i);
    if (this.expect === 'value') {
      const end = this.bareToken(i);
      if (end > i) return end;
    }
    return this.punctuation(ch, i);
  }

  private string(i: number): number {
    this.beforeToken();
    const end = scanString(this.text, i, this.put).end;
    if (this.expect === 'key') this.expect = 'colon';
    else this.afterValue();
    return end;
  }

  /** A bare word standing for a value (`PORT`, `__PORT__`, `@PORT@`), masked; `i` when there is none. */
  private bareToken(i: number): number {
    BARE_TOKEN.lastIndex = i;
    const m = BARE_TOKEN.exec(this.text);
    if (!m || m[0].length < 2 || NOT_TOKENS.has(m[0])) return i;
    this.beforeToken();
    this.maskValue(i, i + m[0].length);
    this.afterValue();
    return i + m[0].length;
  }

  /** Brackets, colon, comma, or a number / literal / garbage the parser will report. */
  private punctuation(ch: string, i: number): number {
    switch (ch) {
      case '{':
      case '[':
        this.beforeToken();
        this.stack.push(ch === '{' ? 'o' : 'a');
        this.expect = ch === '{' ? 'key' : 'value';
        return i + 1;
      case '}':
      case ']':
        this.blankSince = -1;
        this.stack.pop();
        this.afterValue();
        return i + 1;
      case ':':
        this.blankSince = -1;
        this.expect = 'value';
        return i + 1;
      case ',':
        if ((this.expect === 'key' || this.expect === 'value') && this.blankSince >= 0 && this.stack.length) {
          this.blank(i, i + 1); // `[ , {…}` left by `{{ if $i }},{{ end }}`
        } else {
          this.blankSince = -1;
          this.expect = this.inObject() ? 'key' : 'value';
        }
        return i + 1;
      default: {
        this.beforeToken();
        let j = i + 1;
        while (j < this.text.length && /[A-Za-z0-9+\-._]/.test(this.text[j])) j++;
        this.afterValue();
        return j;
      }
    }
  }

  /** A template construct at `start`: masked as a value or key, or blanked (with the branches it drops). */
  private construct(c: Construct, start: number): number {
    const end = c.end;
    switch (c.kind) {
      case 'value':
      case 'statement': {
        if (this.expect === 'value' && (c.kind === 'value' || this.inObject())) {
          this.beforeToken();
          this.maskValue(start, end);
          this.afterValue();
        } else if (c.kind === 'value' && this.expect === 'key' && this.text[skipWhitespace(this.text, end)] === ':') {
          this.beforeToken();
          this.maskValue(start, end);
          this.expect = 'colon';
        } else this.blank(start, end);
        return end;
      }
      case 'open': {
        if (this.expect === 'value' && this.inObject()) {
          // `"cpu": %{ if big }1024%{ else }256%{ endif }`: the whole block is one unknown value.
          const close = matchingClose(this.text, end, this.budget);
          if (close >= 0) {
            this.beforeToken();
            this.maskValue(start, close);
            this.afterValue();
            return close;
          }
        }
        this.blank(start, end);
        return end;
      }
      case 'middle': {
        // Keep only the first branch: blank `else …` up to and including the matching close.
        const close = matchingClose(this.text, end, this.budget);
        this.blank(start, close >= 0 ? close : end);
        return close >= 0 ? close : end;
      }
      case 'close':
      case 'blank':
        this.blank(start, end);
        return end;
    }
  }

  private inObject(): boolean {
    return this.stack[this.stack.length - 1] === 'o';
  }

  /** Spaces over `[from, to)`, line breaks kept. */
  private blank(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.text[k] !== '\n' && this.text[k] !== '\r') this.put(k, ' ');
    if (this.blankSince < 0) this.blankSince = from;
  }

  /** `[from, to)` becomes a JSON string of the same length, recorded as a placeholder. */
  private maskValue(from: number, to: number): void {
    this.placeholders.push({ offset: from, length: to - from, text: this.text.slice(from, to) });
    this.put(from, '"');
    for (let k = from + 1; k < to - 1; k++) this.put(k, '_');
    this.put(to - 1, '"');
  }

  private afterValue(): void {
    this.expect = this.stack.length ? 'comma' : 'value';
  }

  /** Called before a key/value token: repairs a comma lost with a removed directive. */
  private beforeToken(): void {
    if (this.expect === 'comma' && this.blankSince >= 0 && this.stack.length) {
      this.put(this.blankSince, ',');
      this.expect = this.inObject() ? 'key' : 'value';
    }
    this.blankSince = -1;
  }
}

/** Scans a JSON string from its opening quote; quotes inside template syntax are masked with `put`. */
function scanString(text: string, start: number, put: (k: number, ch: string) => void): { end: number } {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '"' || c === '\n') return { end: i + 1 };
    if (((c === '$' || c === '%') && text[i + 1] === '{') || (c === '{' && (text[i + 1] === '{' || text[i + 1] === '%'))) {
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
    if (!c) {
      i++;
      continue;
    }
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
  const cuts = capYamlDepth(lf, (k, ch) => {
    (out ??= lf.split(''))[k] = ch;
  });
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
      if (text.charCodeAt(scanned) === 10) {
        lineStart = scanned + 1;
        comment = -2;
        lineEnd = -1;
      }
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
