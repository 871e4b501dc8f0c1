/**
 * A nesting cap, applied by a linear scan before the parsers: jsonc-parser, the `yaml` package and
 * every walk over the value tree recurse, so a few thousand nested brackets would exhaust the stack.
 * A value nested deeper than MAX_NESTING_DEPTH is masked (same length, same offsets) as a string or
 * plain scalar of `_`, read as an unknown value, and the first such place is reported once.
 * Task definitions nest about ten levels; real files never come near the cap.
 */

/** The deepest nesting of arrays/objects (JSON) or collections (YAML) that is analysed. */
export const MAX_NESTING_DEPTH = 256;

export const TOO_DEEP_MESSAGE = `Nesting deeper than ${MAX_NESTING_DEPTH} levels; the value from here on was not analysed`;

/** A masked region: `[offset, end)` of the source. */
export interface DepthCut {
  offset: number;
  end: number;
}

/** Masks JSON values nested deeper than the cap with `put`; returns the masked regions. */
export function capJsonDepth(text: string, put: (k: number, ch: string) => void): DepthCut[] {
  const cuts: DepthCut[] = [];
  const n = text.length;
  let depth = 0;
  let cutStart = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34 || d === 10 || d === 13) break;
        else i++;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_NESTING_DEPTH && cutStart < 0) cutStart = i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
      if (cutStart >= 0 && depth <= MAX_NESTING_DEPTH) {
        cuts.push({ offset: cutStart, end: i + 1 });
        cutStart = -1;
      }
    }
  }
  if (cutStart >= 0) cuts.push({ offset: cutStart, end: n });
  for (const cut of cuts) {
    put(cut.offset, '"');
    for (let k = cut.offset + 1; k < cut.end - 1; k++) put(k, '_');
    if (cut.end - cut.offset > 1) put(cut.end - 1, '"');
  }
  return cuts;
}

/**
 * Masks YAML collections nested deeper than the cap. Depth is estimated per line: the open block
 * indentation levels, plus compact `- `/`? ` entries, plus open flow brackets. From the place a line
 * goes too deep, it becomes `_` (spaces kept, so the indentation stays); a flow collection is masked
 * up to its closing bracket.
 */
export function capYamlDepth(text: string, put: (k: number, ch: string) => void): DepthCut[] {
  const cuts: DepthCut[] = [];
  const n = text.length;
  const indents: number[] = [];
  let flow = 0; // open flow brackets (may span lines)
  let blockScalarParent = -1; // indentation of the line that opened a block scalar, or -1
  let lineStart = 0;
  const mask = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const ch = text.charCodeAt(k);
      if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) put(k, '_');
    }
    cuts.push({ offset: from, end: to });
  };
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const blank = i >= lineEnd || text[i] === '#' || text[i] === '\r';
    if (blockScalarParent >= 0 && (blank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = -1;
    if (blank && flow === 0) {
      lineStart = lineEnd + 1;
      continue;
    }
    let depth: number;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent);
      depth = indents.length;
      while (
        i < lineEnd &&
        (text[i] === '-' || text[i] === '?') &&
        (i + 1 === lineEnd || text[i + 1] === ' ' || text[i + 1] === '\t' || text[i + 1] === '\r')
      ) {
        if (++depth > MAX_NESTING_DEPTH) break;
        i++;
        while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
      }
    } else depth = indents.length + flow;
    if (depth > MAX_NESTING_DEPTH && flow === 0) {
      mask(i, lineEnd);
      lineStart = lineEnd + 1;
      continue;
    }
    // The rest of the line: quotes, comments and flow brackets.
    let contentEnd = i; // just past the last significant character before a comment
    for (; i < lineEnd; i++) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        let j = i + 1;
        while (j < lineEnd && text[j] !== ch) j += ch === '"' && text[j] === '\\' ? 2 : 1;
        i = j;
      } else if (ch === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        break;
      } else if (ch === '[' || ch === '{') {
        if (indents.length + ++flow > MAX_NESTING_DEPTH) {
          const end = flowEnd(text, i);
          mask(i, end);
          flow--;
          if (end > lineEnd) {
            lineEnd = text.indexOf('\n', end);
            if (lineEnd < 0) lineEnd = n;
          }
          i = end - 1;
        }
      } else if (ch === ']' || ch === '}') {
        if (flow > 0) flow--;
      } else if (ch === ' ' || ch === '\t' || ch === '\r') {
        continue;
      }
      contentEnd = i + 1;
    }
    // A block scalar header (`key: |`, `- >-`): its lines are text, not structure.
    if (flow === 0 && /(?:^|[ \t:-])[|>][-+0-9]{0,2}$/.test(text.slice(Math.max(lineStart, contentEnd - 5), contentEnd))) {
      blockScalarParent = indent;
    }
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** Offset just past the flow collection opening at `open` (quotes skipped), or the text's end. */
function flowEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += ch === '"' && text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && --depth === 0) return i + 1;
  }
  return text.length;
}
