/**
 * Suggestions → LSP completion items, for every format: the one place an item is built. A format
 * only says how a suggestion is written into its text (an ItemWriter: key quoting, separators,
 * indentation, snippet syntax, the range replaced, extra commas); kind, detail, documentation,
 * sort order and snippet-or-plain are the same for JSON, YAML and Terraform.
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat, type InsertTextMode } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../../model/document';
import type { SourceRange } from '../../rules/types';
import { toRange } from '../diagnostics';
import type { KeySuggestion, Suggestions, ValueSuggestion } from './types';

/** How one suggestion goes into the document, as the format writes it. */
export interface Placement {
  /** What the list shows (the key as the file spells it, a value label as the format reads). */
  label: string;
  /** The text that replaces `range`: LSP snippet syntax when `snippet`, else plain text. */
  newText: string;
  range: SourceRange;
  snippet: boolean;
  /** What the editor matches the typed text against; omitted, the label. */
  filterText?: string;
  /** Where a missing comma goes as a separate edit (after the previous member or item). */
  commaAt?: number;
}

/** One format's half of rendering. */
export interface ItemWriter {
  key(s: KeySuggestion): Placement;
  /** Absent in a format that offers keys only. */
  value?(s: ValueSuggestion): Placement;
  /** `asIs` when multi-line text carries its own indentation. */
  insertTextMode?: InsertTextMode;
}

const VALUE_KIND: Record<ValueSuggestion['itemKind'], CompletionItemKind> = {
  enum: CompletionItemKind.EnumMember,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function renderItems(doc: AnalyzedDocument, suggestions: Suggestions, writer: ItemWriter): CompletionItem[] {
  const { value } = writer;
  return [
    ...suggestions.keys.map((s) => item(doc, s, CompletionItemKind.Property, writer.key(s), writer.insertTextMode)),
    ...(value ? suggestions.values.map((s) => item(doc, s, VALUE_KIND[s.itemKind], value.call(writer, s), writer.insertTextMode)) : []),
  ].map(dropUndefined);
}

function item(
  doc: AnalyzedDocument,
  s: KeySuggestion | ValueSuggestion,
  kind: CompletionItemKind,
  p: Placement,
  insertTextMode: InsertTextMode | undefined,
): CompletionItem {
  return {
    label: p.label,
    kind,
    detail: s.detail,
    documentation: s.documentation ? { kind: 'markdown', value: s.documentation } : undefined,
    filterText: p.filterText,
    sortText: s.sortText,
    preselect: 'preselect' in s ? s.preselect : undefined,
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode,
    textEdit: { range: toRange(doc, p.range), newText: p.newText },
    additionalTextEdits: p.commaAt === undefined ? undefined : [{ range: toRange(doc, { offset: p.commaAt, length: 0 }), newText: ',' }],
  };
}

/** Leaves out what an item does not say (undefined or empty), so items stay small on the wire. */
function dropUndefined(item: CompletionItem): CompletionItem {
  for (const k of Object.keys(item) as (keyof CompletionItem)[]) if (item[k] === undefined || item[k] === '') delete item[k];
  return item;
}
