/**
 * Values to insert, as a small format-neutral tree with tab stops, and the snippet escapes every
 * format uses. Each format writes the tree in its own syntax (json-render.ts, yaml-render.ts,
 * hcl-render.ts).
 */

export type SnippetValue =
  | { kind: 'string'; value: string; tab?: number; choices?: string[] }
  | { kind: 'number'; value: number; tab?: number }
  /** With `tab`, a choice of both values, `value` first. */
  | { kind: 'boolean'; value: boolean; tab?: number }
  /** `tab` on an empty object or array puts a tab stop between the brackets. */
  | { kind: 'object'; entries: [string, SnippetValue][]; tab?: number }
  | { kind: 'array'; items: SnippetValue[]; tab?: number }
  /** An empty tab stop: the cursor lands there, nothing is pre-filled. */
  | { kind: 'stop'; tab: number };

export const str = (value: string, tab?: number): SnippetValue => ({ kind: 'string', value, tab });
export const choice = (choices: string[], tab = 1): SnippetValue => ({ kind: 'string', value: choices[0] ?? '', tab, choices });
export const num = (value: number, tab?: number): SnippetValue => ({ kind: 'number', value, tab });
export const obj = (...entries: [string, SnippetValue][]): SnippetValue => ({ kind: 'object', entries });
export const arr = (...items: SnippetValue[]): SnippetValue => ({ kind: 'array', items });
export const stop = (tab = 1): SnippetValue => ({ kind: 'stop', tab });

export function hasTabStops(v: SnippetValue): boolean {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return v.tab !== undefined;
    case 'stop':
      return true;
    case 'object':
      return (v.entries.length === 0 && v.tab !== undefined) || v.entries.some(([, e]) => hasTabStops(e));
    case 'array':
      return (v.items.length === 0 && v.tab !== undefined) || v.items.some(hasTabStops);
    default:
      return false;
  }
}

/** Escapes literal text for the LSP snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes literal text for one option of an LSP snippet choice (`${1|a,b|}`). */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

/** The same value with every tab stop number raised by `by` (to nest one snippet in another). */
export function shiftTabs(v: SnippetValue, by: number): SnippetValue {
  switch (v.kind) {
    case 'object':
      return { ...v, tab: v.tab === undefined ? undefined : v.tab + by, entries: v.entries.map(([k, e]) => [k, shiftTabs(e, by)]) };
    case 'array':
      return { ...v, tab: v.tab === undefined ? undefined : v.tab + by, items: v.items.map((e) => shiftTabs(e, by)) };
    case 'stop':
      return { ...v, tab: v.tab + by };
    default:
      return v.tab === undefined ? v : { ...v, tab: v.tab + by };
  }
}
