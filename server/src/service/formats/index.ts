/**
 * The format table: every format the core reads, with its names (names.ts), how it is sniffed and
 * parsed (read.ts), how fixes edit it and how completion reads it. Everything is imported statically:
 * nothing registers itself. A new format is one id in names.ts; the type checker then asks for its
 * reader and its row here.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import type { FixEdit } from '../rules/types';
import { applyJsonEdits } from '../fixes/json-editor';
import { applyYamlEdits } from '../fixes/yaml-editor';
import { applyHclEdits } from '../fixes/hcl-editor';
import { completeJson } from '../features/completion/json-front-end';
import { completeYaml } from '../features/completion/yaml-front-end';
import { completeTerraform } from '../features/completion/terraform-front-end';
import { FORMAT_NAMES, type FormatId, type FormatNames } from './names';
import { FORMAT_READERS, type FormatReader } from './read';

/** The text after the edits, or undefined when they no longer apply. */
export type FormatEditor = (text: string, edits: FixEdit[]) => string | undefined;
/** Completion items at `offset`; nothing unless the document is (or is becoming) a task definition. */
export type CompletionFrontEnd = (doc: AnalyzedDocument, offset: number) => CompletionItem[];

export interface Format extends FormatNames, FormatReader {
  edit: FormatEditor;
  complete: CompletionFrontEnd;
}

const namesOf = (id: FormatId): FormatNames => FORMAT_NAMES.find((f) => f.id === id)!;

export const FORMATS: Record<FormatId, Format> = {
  json: { ...namesOf('json'), ...FORMAT_READERS.json, edit: applyJsonEdits, complete: completeJson },
  yaml: { ...namesOf('yaml'), ...FORMAT_READERS.yaml, edit: applyYamlEdits, complete: completeYaml },
  terraform: { ...namesOf('terraform'), ...FORMAT_READERS.terraform, edit: applyHclEdits, complete: completeTerraform },
};
