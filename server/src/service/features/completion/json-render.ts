/** How JSON writes a suggestion: quoting, `"key": value`, commas, replace ranges (the items come from render.ts). */
import type { AnalyzedDocument } from '../../model/document';
import type { JsonEditInfo } from './json-cursor';
import type { ItemWriter, Placement } from './render';
import { escapeSnippet, hasTabStops, jsonStringContent, toJson, toJsonStringContent } from './snippet';
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
      return { label: spelled, newText: newText + trailingComma, range: e.replace, snippet, filterText: startsWithQuote ? quoted : spelled, commaAt };
    },
    value(s: ValueSuggestion): Placement {
      const snippet = hasTabStops(s.value);
      const inString = e.stringContent && s.value.kind === 'string' ? toJsonStringContent(s.value, snippet) : undefined;
      if (e.stringContent && inString !== undefined && s.value.kind === 'string') {
        return { label: s.label, newText: inString + trailingComma, range: e.stringContent, snippet, filterText: jsonStringContent(s.value.value), commaAt };
      }
      const newText = `${leadingComma}${e.needsColon ? ': ' : ''}${toJson(s.value, spell, snippet)}${trailingComma}`;
      return { label: s.label, newText, range: e.replace, snippet, filterText: startsWithQuote ? toJson(s.value, spell, false) : s.label, commaAt };
    },
  };
}
