/**
 * Hover: explanations of fields written for this file's network mode (with the binding a port
 * mapping produces), and of the problems under the cursor (why, AWS's own error text, rule page).
 * Format-neutral: reads only the model. Never throws.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import { spellKey } from '../model/cloudformation';
import { spellTerraform } from '../model/terraform';
import type { Problem, SourceRange } from '../rules/types';
import { toRange } from './diagnostics';
import { fieldHover } from './hover/field-hover';
import { problemHover, problemsAt } from './hover/problems';
import { portMapAt } from '../traffic/port-map';
import { hasServices } from '../traffic/run';

export function doHover(doc: AnalyzedDocument, offset: number, problems: Problem[]): Hover | undefined {
  try {
    return hoverAt(doc, offset, problems);
  } catch {
    return undefined;
  }
}

function hoverAt(doc: AnalyzedDocument, offset: number, problems: Problem[]): Hover | undefined {
  if (doc.tasks.length === 0 && !hasServices(doc)) return undefined;
  const spell = (key: string) => (doc.format === 'terraform' ? spellTerraform(key) : spellKey(key, doc.keyStyle));
  const found = problemsAt(problems, offset);
  const field = fieldHover(doc, offset, spell);
  const map = portMapAt(doc, offset);
  const sections = [...found.map(problemHover), ...(field ? [field.markdown] : []), ...(map ? [map] : [])];
  if (sections.length === 0) return undefined;
  const range: SourceRange = field?.range ?? found[0] ?? { offset, length: 0 };
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    range: toRange(doc, { offset: range.offset, length: range.length }),
  };
}
