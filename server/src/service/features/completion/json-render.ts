/** Suggestions → LSP completion items for JSON: quoting, `"key": value`, commas, replace ranges. */
import { type CompletionItem, CompletionItemKind, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../../model/document';
import { toRange } from '../diagnostics';
import type { JsonEditInfo } from './json-cursor';
import { escapeSnippet, hasTabStops, jsonStringContent, toJson, toJsonStringContent } from './snippet';
import type { KeySuggestion, Suggestions, ValueSuggestion } from './types';

const VALUE_KIND: Record<ValueSuggestion['itemKind'], CompletionItemKind> = {
  enum: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

function markdown(text: string | undefined): CompletionItem['documentation'] {
  return text ? { kind: 'markdown', value: text } : undefined;
}

/** The missing comma after the previous member, as a separate edit (unless it touches the main one). */
function commaBeforeEdit(doc: AnalyzedDocument, e: JsonEditInfo): TextEdit[] | undefined {
  if (e.commaBefore === undefined || e.commaBefore === e.replace.offset) return undefined;
  return [{ range: toRange(doc, { offset: e.commaBefore, length: 0 }), newText: ',' }];
}

/** Right after the previous value (`"tcp"|`), the comma goes into the inserted text itself. */
function leadingComma(e: JsonEditInfo): string {
  return e.commaBefore !== undefined && e.commaBefore === e.replace.offset ? ', ' : '';
}

function keyItem(doc: AnalyzedDocument, e: JsonEditInfo, s: KeySuggestion, spell: (k: string) => string): CompletionItem {
  const spelled = s.spelled ?? spell(s.key);
  const snippet = !e.colonFollows && hasTabStops(s.value);
  const quoted = JSON.stringify(spelled);
  let newText = leadingComma(e) + (snippet ? escapeSnippet(quoted) : quoted);
  if (!e.colonFollows) newText += `: ${toJson(s.value, spell, snippet)}`;
  if (e.commaAfter) newText += ',';
  const startsWithQuote = e.replace.length > 0 && doc.text[e.replace.offset] === '"';
  return {
    label: spelled,
    kind: CompletionItemKind.Property,
    detail: s.detail,
    documentation: markdown(s.documentation),
    filterText: startsWithQuote ? quoted : spelled,
    sortText: s.sortText,
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(doc, e.replace), newText },
    additionalTextEdits: commaBeforeEdit(doc, e),
  };
}

function valueItem(doc: AnalyzedDocument, e: JsonEditInfo, s: ValueSuggestion, spell: (k: string) => string): CompletionItem {
  const snippet = hasTabStops(s.value);
  let range = e.replace;
  let newText: string;
  let filterText: string;
  const inString = e.stringContent && s.value.kind === 'string' ? toJsonStringContent(s.value, snippet) : undefined;
  if (e.stringContent && inString !== undefined && s.value.kind === 'string') {
    range = e.stringContent;
    newText = inString;
    filterText = jsonStringContent(s.value.value);
  } else {
    newText = `${leadingComma(e)}${e.needsColon ? ': ' : ''}${toJson(s.value, spell, snippet)}`;
    const startsWithQuote = e.replace.length > 0 && doc.text[e.replace.offset] === '"';
    filterText = startsWithQuote ? toJson(s.value, spell, false) : s.label;
  }
  if (e.commaAfter) newText += ',';
  return {
    label: s.label,
    kind: VALUE_KIND[s.itemKind],
    detail: s.detail,
    documentation: markdown(s.documentation),
    filterText,
    sortText: s.sortText,
    preselect: s.preselect,
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(doc, range), newText },
    additionalTextEdits: commaBeforeEdit(doc, e),
  };
}

export function renderJson(doc: AnalyzedDocument, e: JsonEditInfo, suggestions: Suggestions, spell: (k: string) => string): CompletionItem[] {
  return [
    ...suggestions.keys.map((s) => keyItem(doc, e, s, spell)),
    ...suggestions.values.map((s) => valueItem(doc, e, s, spell)),
  ].map(dropUndefined);
}

function dropUndefined(item: CompletionItem): CompletionItem {
  for (const k of Object.keys(item) as (keyof CompletionItem)[]) if (item[k] === undefined || item[k] === '') delete item[k];
  return item;
}
