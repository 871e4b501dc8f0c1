/** How JSON writes a suggestion: quoting, `"key": value`, commas, replace ranges (the items come from render.ts). */
import type { AnalyzedDocument } from '../../model/document';
import type { JsonEditInfo } from './json-cursor';
import type { ItemWriter, Placement } from './render';
import { type SnippetValue, escapeChoice, escapeSnippet, hasTabStops } from './snippet';
import type { KeySuggestion, ValueSuggestion } from './types';

export function jsonWriter(doc: AnalyzedDocument, e: JsonEditInfo, spell: (k: string) => string): ItemWriter {
  // Right after the previous value (`"tcp"|`), the comma goes into the inserted text itself;
  // elsewhere the missing comma is a separate edit.
  const commaHere = e.commaBefore !== undefined && e.commaBefore === e.replace.offset;
  const leadingComma = commaHere ? ', ' : '';
  const commaAt = commaHere ? undefined : e.commaBefore;
  const trailingComma = e.commaAfter ? ',' : '';
  const startsWithQuote = e.replace.length > 0 && doc.text[e.replace.offset] === '"';
  return {
    key(s: KeySuggestion): Placement {
      const spelled = s.spelled ?? spell(s.key);
      const snippet = !e.colonFollows && hasTabStops(s.value);
      const quoted = JSON.stringify(spelled);
      let newText = leadingComma + (snippet ? escapeSnippet(quoted) : quoted);
      if (!e.colonFollows) newText += `: ${toJson(s.value, spell, snippet)}`;
      return {
        label: spelled,
        newText: newText + trailingComma,
        range: e.replace,
        snippet,
        filterText: startsWithQuote ? quoted : spelled,
        commaAt,
      };
    },
    value(s: ValueSuggestion): Placement {
      const snippet = hasTabStops(s.value);
      const inString = e.stringContent && s.value.kind === 'string' ? toJsonStringContent(s.value, snippet) : undefined;
      if (e.stringContent && inString !== undefined && s.value.kind === 'string') {
        return {
          label: s.label,
          newText: inString + trailingComma,
          range: e.stringContent,
          snippet,
          filterText: jsonStringContent(s.value.value),
          commaAt,
        };
      }
      const newText = `${leadingComma}${e.needsColon ? ': ' : ''}${toJson(s.value, spell, snippet)}${trailingComma}`;
      return {
        label: s.label,
        newText,
        range: e.replace,
        snippet,
        filterText: startsWithQuote ? toJson(s.value, spell, false) : s.label,
        commaAt,
      };
    },
  };
}

/** The content of a JSON string literal, without its quotes. */
function jsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/**
 * JSON text of a value: a snippet (with tab stops, escaped) when `snippet`, else plain text.
 * Keys go through `spell`. Objects and arrays are written on one line.
 */
function toJson(v: SnippetValue, spell: (k: string) => string, snippet: boolean): string {
  const lit = (s: string) => (snippet ? escapeSnippet(s) : s);
  switch (v.kind) {
    case 'string': {
      const content = jsonStringContent(v.value);
      if (!snippet || v.tab === undefined) return lit(`"${content}"`);
      if (v.choices) return `"\${${v.tab}|${v.choices.map((c) => escapeChoice(jsonStringContent(c))).join(',')}|}"`;
      return content === '' ? `"$${v.tab}"` : `"\${${v.tab}:${escapeSnippet(content)}}"`;
    }
    case 'number':
      return snippet && v.tab !== undefined ? `\${${v.tab}:${v.value}}` : String(v.value);
    case 'boolean':
      return snippet && v.tab !== undefined ? `\${${v.tab}|${v.value},${!v.value}|}` : String(v.value);
    case 'stop':
      return snippet ? `$${v.tab}` : '';
    case 'object':
      if (v.entries.length === 0) return snippet && v.tab !== undefined ? `{$${v.tab}}` : '{}';
      return `{ ${v.entries.map(([k, e]) => `${lit(JSON.stringify(spell(k)))}: ${toJson(e, spell, snippet)}`).join(', ')} }`;
    case 'array':
      if (v.items.length === 0) return snippet && v.tab !== undefined ? `[$${v.tab}]` : '[]';
      return `[${v.items.map((e) => toJson(e, spell, snippet)).join(', ')}]`;
  }
}

/** Inside an existing JSON string: the raw content a string value puts there. */
function toJsonStringContent(v: SnippetValue, snippet: boolean): string | undefined {
  if (v.kind !== 'string') return undefined;
  const content = jsonStringContent(v.value);
  if (!snippet || v.tab === undefined) return snippet ? escapeSnippet(content) : content;
  if (v.choices) return `\${${v.tab}|${v.choices.map((c) => escapeChoice(jsonStringContent(c))).join(',')}|}`;
  return content === '' ? `$${v.tab}` : `\${${v.tab}:${escapeSnippet(content)}}`;
}
