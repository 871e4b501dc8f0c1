/**
 * Turns a declarative fix into new document text with the document format's editor (the format
 * table, formats/), computed against the current text at request time.
 */
import type { SourceFormat } from '../model/document';
import type { Fix } from '../rules/types';
import { FORMATS } from '../formats';

/** The text after applying `fix`, or undefined when the fix no longer applies. */
export function applyFix(text: string, format: SourceFormat, fix: Fix): string | undefined {
  const editor = FORMATS[format]?.edit;
  if (!editor) return undefined;
  try {
    const out = editor(text, fix.edits);
    return out === text ? undefined : out;
  } catch {
    return undefined;
  }
}

export interface TextChange {
  offset: number;
  length: number;
  newText: string;
}

/** The smallest single replacement that turns `before` into `after`. */
export function minimalChange(before: string, after: string): TextChange {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { offset: start, length: endBefore - start, newText: after.slice(start, endAfter) };
}
