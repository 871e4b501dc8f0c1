/**
 * Completion: keys, values and whole port mappings that fit the task's network mode, while the
 * user types (broken JSON included). Only in task definitions. Never throws.
 * Each format's front end comes from the format table (formats/). A front end returns nothing unless
 * the document is a task definition (the JSON one also accepts a file that reads as one once the
 * member being typed is complete).
 */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import { FORMATS } from '../formats';

export function doComplete(doc: AnalyzedDocument, offset: number): CompletionList {
  const items: CompletionItem[] = [];
  try {
    const frontEnd = FORMATS[doc.format]?.complete;
    if (frontEnd) items.push(...frontEnd(doc, offset));
  } catch {
    items.length = 0;
  }
  return { isIncomplete: false, items };
}
