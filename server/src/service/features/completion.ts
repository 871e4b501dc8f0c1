/**
 * Completion: keys, values and whole port mappings that fit the task's network mode, while the
 * user types (broken JSON included). Only in task definitions. Never throws.
 * Format front ends: JSON and YAML here; another format plugs in with registerCompletionFrontEnd. A front
 * end returns nothing unless the document is a task definition (the JSON one also accepts a file
 * that reads as one once the member being typed is complete).
 */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import type { AnalyzedDocument, SourceFormat } from '../model/document';
import { completeJson } from './completion/json-front-end';
import { completeYaml } from './completion/yaml-front-end';
import { completeTerraform } from './completion/terraform-front-end';

export type CompletionFrontEnd = (doc: AnalyzedDocument, offset: number) => CompletionItem[];

const frontEnds: Partial<Record<SourceFormat, CompletionFrontEnd>> = { json: completeJson, yaml: completeYaml, terraform: completeTerraform };

export function registerCompletionFrontEnd(format: SourceFormat, frontEnd: CompletionFrontEnd): void {
  frontEnds[format] = frontEnd;
}

export function doComplete(doc: AnalyzedDocument, offset: number): CompletionList {
  const items: CompletionItem[] = [];
  try {
    const frontEnd = frontEnds[doc.format];
    if (frontEnd) items.push(...frontEnd(doc, offset));
  } catch {
    items.length = 0;
  }
  return { isIncomplete: false, items };
}
