/**
 * Skipping what carries no meaning between tokens, one function per syntax. Each returns the offset
 * of the first character at or after `i` that is not skipped (the text's length at the end).
 */

/** YAML: spaces, tabs, line breaks and `#` comments (a `#` starts one at the text's start or after whitespace). */
export function skipYamlTrivia(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else return i;
  }
}

/** JSON with comments: spaces, tabs, line breaks, `//` and `/* … *\/` comments. */
export function skipJsoncTrivia(text: string, i: number): number {
  return skipJsonc(text, i, false);
}

/**
 * JSON with comments, on one line: as `skipJsoncTrivia`, but stops at a line break (a `//` comment
 * is skipped up to it) and before a block comment that spans lines.
 */
export function skipJsoncTriviaOnLine(text: string, i: number): number {
  return skipJsonc(text, i, true);
}

function skipJsonc(text: string, i: number, stopAtNewline: boolean): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\n' && !stopAtNewline) i++;
    else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (stopAtNewline && text.slice(i, end).includes('\n')) return i;
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

/** Any whitespace (Unicode `\s`), no comments: template text read before it is JSON. */
export function skipWhitespace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
