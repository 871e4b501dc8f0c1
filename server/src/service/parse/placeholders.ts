/**
 * Template placeholders: values that a deploy pipeline substitutes later
 * (`${PORT}`, `{{ .Port }}`, `<IMAGE1_NAME>`, `#{Port}`, `__PORT__`, `$PORT`).
 * A string that contains one cannot be checked statically.
 */

const PLACEHOLDER_IN_STRING = /\$\{[^}]*\}|\{\{.*?\}\}|\{%.*?%\}|<[A-Za-z_][A-Za-z0-9_.: -]*>|#\{[^}]*\}|%\{[^}]*\}/;
const WHOLE_STRING_PLACEHOLDER = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+__|@@?[A-Za-z0-9_]+@@?)$/;

/** True when a string value holds a placeholder anywhere (so its content is unknown). */
export function containsPlaceholder(value: string): boolean {
  return PLACEHOLDER_IN_STRING.test(value) || WHOLE_STRING_PLACEHOLDER.test(value);
}

/** An unquoted placeholder found in JSON-like text, in value position. */
export interface BarePlaceholder {
  offset: number;
  length: number;
  text: string;
}

const BARE_PATTERNS: RegExp[] = [
  /\$\{[^}\n]*\}/y, // ${var}  ${var.x}
  /\{\{[^\n]*?\}\}/y, // {{ .Port }}  {{ tfstate `x` }}
  /<[A-Za-z_][A-Za-z0-9_.-]*>/y, // <SERVICE_PORT>
  /#\{[^}\n]*\}/y, // #{Port}
  /\$[A-Za-z_][A-Za-z0-9_]*/y, // $PORT (envsubst)
];

/**
 * Replaces every unquoted placeholder in value position with a JSON string of the same length,
 * so a JSON parser reads the file with all offsets unchanged. Returns the rewritten text and the
 * placeholders (their offsets are the same in both texts).
 */
export function maskBarePlaceholders(text: string): { text: string; placeholders: BarePlaceholder[] } {
  const placeholders: BarePlaceholder[] = [];
  let out: string[] | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i += 2;
        else if (c === 0x22 || c === 0x0a) { i++; break; }
        else i++;
      }
      continue;
    }
    if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
      continue;
    }
    if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (ch === 0x24 /* $ */ || ch === 0x7b /* { */ || ch === 0x3c /* < */ || ch === 0x23 /* # */) {
      let matched: string | undefined;
      for (const re of BARE_PATTERNS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (m && m[0].length >= 2) { matched = m[0]; break; }
      }
      // `{` in JSON opens an object; only `{{` or `${`/`#{` forms count as placeholders.
      if (matched && !(ch === 0x7b && !matched.startsWith('{{'))) {
        placeholders.push({ offset: i, length: matched.length, text: matched });
        out ??= text.split('');
        out[i] = '"';
        for (let k = i + 1; k < i + matched.length - 1; k++) out[k] = text[k] === '\n' ? '\n' : '_';
        out[i + matched.length - 1] = '"';
        i += matched.length;
        continue;
      }
    }
    i++;
  }
  return { text: out ? out.join('') : text, placeholders };
}
