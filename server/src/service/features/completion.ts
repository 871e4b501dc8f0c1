/** Completion: keys, values and snippets that fit the task's network mode. (Being written.) */
import type { CompletionList } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';

export function doComplete(doc: AnalyzedDocument, offset: number): CompletionList {
  void doc; void offset;
  return { isIncomplete: false, items: [] };
}
