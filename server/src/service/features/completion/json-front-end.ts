/** Completion for JSON documents: find the cursor context by scanning, suggest, render with JSON quoting. */
import type { CompletionItem } from 'vscode-languageserver-types';
import { type AnalyzedDocument, analyzeDocument } from '../../model/document';
import { maskBarePlaceholders } from '../../parse/placeholders';
import { locateRawPath } from '../knowledge/task-path';
import { cursorContext } from './context';
import { type JsonCursor, jsonCursor } from './json-cursor';
import { jsonWriter } from './json-render';
import { renderItems } from './render';
import { suggest } from './providers';
import { serviceSuggestions } from '../../traffic/completion';

export function completeJson(doc: AnalyzedDocument, offset: number): CompletionItem[] {
  const text = maskBarePlaceholders(doc.text).text;
  const cursor = jsonCursor(text, offset);
  if (!cursor) return [];
  const model = modelFor(doc, cursor);
  if (model.tasks.length === 0) return [];
  const loc = locateRawPath(model, cursor.rawPath);
  if (!loc) {
    const service = serviceSuggestions(model, cursor.rawPath, cursor.kind, cursor.siblings);
    return service
      ? renderItems(
          doc,
          service,
          jsonWriter(doc, cursor.edit, (k) => k),
        )
      : [];
  }
  const ctx = cursorContext(model, loc, cursor);
  return renderItems(doc, suggest(ctx), jsonWriter(doc, cursor.edit, ctx.spell));
}

/**
 * The analysis to read task facts from. While the user types, the half-written member can hide the
 * rest of the file from the parser (`"networkMode": ` followed by `"containerDefinitions": […]`
 * reads as one broken member), so a broken file is read once more with a stand-in value at the
 * cursor. The document itself is not changed; ranges are still computed on its text.
 */
function modelFor(doc: AnalyzedDocument, cursor: JsonCursor): AnalyzedDocument {
  if (doc.tasks.length > 0 || doc.syntaxErrors.length === 0) return doc;
  const e = cursor.edit;
  let filler = cursor.kind === 'key' ? (e.colonFollows ? '"\u0001"' : '"\u0001": null') : `${e.needsColon ? ': ' : ''}null`;
  if (e.commaAfter) filler += ',';
  let text = doc.text.slice(0, e.replace.offset) + filler + doc.text.slice(e.replace.offset + e.replace.length);
  if (e.commaBefore !== undefined) text = `${text.slice(0, e.commaBefore)},${text.slice(e.commaBefore)}`;
  return analyzeDocument(text, { uri: doc.uri, languageId: 'json' });
}
