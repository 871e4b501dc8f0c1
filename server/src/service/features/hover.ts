/** Hover: network-mode-aware explanations of fields and of problems. (Being written.) */
import type { Hover } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import type { Problem } from '../rules/types';

export function doHover(doc: AnalyzedDocument, offset: number, problems: Problem[]): Hover | undefined {
  void doc; void offset; void problems;
  return undefined;
}
