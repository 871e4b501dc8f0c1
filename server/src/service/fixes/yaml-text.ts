/** Line and column arithmetic on YAML source text for the in-place editor. */

export function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** Offset just past the newline ending the line that holds `i` (or the end of the text). */
export function lineEndIncl(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}

export function columnOf(text: string, i: number): number {
  return i - lineStart(text, i);
}

export function colonEnd(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

export function onlyWsBefore(text: string, i: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, i), i));
}

export function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** Offset of the `-` indicator of the block sequence item starting at `start`, or -1. */
export function dashBefore(text: string, start: number): number {
  let i = start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return text[i - 1] === '-' ? i - 1 : -1;
}

/** The file's indentation step: the smallest indentation of any content line (2 when none). */
export function indentStep(text: string): number {
  let min = Infinity;
  for (const m of text.matchAll(/\n( +)[^ \r\n#]/g)) min = Math.min(min, m[1].length);
  return Number.isFinite(min) ? Math.max(1, Math.min(min, 8)) : 2;
}
