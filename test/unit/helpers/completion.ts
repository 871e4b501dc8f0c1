/** Completion test helpers: `|` marks the cursor; items are looked up by label and applied to the text. */
import * as assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { type AnalyzeOptions, type AnalyzedDocument, analyzeDocument, doComplete } from '../../../server/src/service';

export interface Result {
  text: string;
  doc: AnalyzedDocument;
  items: CompletionItem[];
}

export function complete(marked: string, options?: AnalyzeOptions): Result {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'test text needs a | marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = analyzeDocument(text, options);
  const list = doComplete(doc, offset);
  assert.equal(list.isIncomplete, false);
  return { text, doc, items: list.items };
}

export const labels = (r: Result) => r.items.map((i) => i.label);

export function item(r: Result, label: string): CompletionItem {
  const found = r.items.find((i) => i.label === label);
  assert.ok(found, `no item "${label}"; items: ${labels(r).join(', ')}`);
  return found;
}

export const editOf = (i: CompletionItem) => i.textEdit as TextEdit;
export const newText = (r: Result, label: string) => editOf(item(r, label)).newText;

/** The source text the item replaces. */
export function replaced(r: Result, label: string): string {
  const e = editOf(item(r, label));
  return r.text.slice(r.doc.positions.offsetAt(e.range.start), r.doc.positions.offsetAt(e.range.end));
}

/** Snippet → the text it inserts with every placeholder at its default (first choice). */
export function expandSnippet(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      out += s[++i];
      continue;
    }
    if (c === '$' && s[i + 1] === '{') {
      const m = /^\$\{\d+(?::((?:\\.|[^}\\])*)|\|((?:\\.|[^|,\\])*)[^}]*\|)\}/.exec(s.slice(i));
      if (m) {
        out += expandSnippet(m[1] ?? m[2] ?? '');
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '$' && /\d/.test(s[i + 1] ?? '')) {
      while (/\d/.test(s[i + 1] ?? '')) i++;
      continue;
    }
    out += c;
  }
  return out;
}

/** The whole text after accepting the item (snippet placeholders at their defaults). */
export function applyItem(r: Result, label: string): string {
  const it = item(r, label);
  const edits = [editOf(it), ...(it.additionalTextEdits ?? [])]
    .map((e) => ({
      start: r.doc.positions.offsetAt(e.range.start),
      end: r.doc.positions.offsetAt(e.range.end),
      text: it.insertTextFormat === 2 && e === editOf(it) ? expandSnippet(e.newText) : e.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let text = r.text;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}
