/**
 * Completion for YAML documents (CloudFormation templates, `--cli-input-yaml` task definitions):
 * find the cursor context from indentation, ask the shared providers, render as YAML.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import { type AnalyzedDocument, analyzeDocument, mightBeTaskDefinition } from '../../model/document';
import { spellKey } from '../../model/cloudformation';
import { maskYamlTemplates } from '../../parse/placeholders';
import { indentStep } from '../../fixes/yaml-text';
import { locateRawPath } from '../knowledge/task-path';
import { cursorContext } from './context';
import { suggest } from './providers';
import { type YamlCursor, yamlCursors } from './yaml-cursor';
import { yamlWriter } from './yaml-render';
import { renderItems } from './render';
import { taskSizeValues } from './yaml-values';
import { serviceSuggestions } from '../../traffic/completion';

/** A key no rule or provider reads (not a CloudFormation or API spelling). */
const STAND_IN = 'zz__completion';
const TASK_STRING_SIZES = new Set(['cpu', 'memory']);

export function completeYaml(doc: AnalyzedDocument, offset: number): CompletionItem[] {
  if (doc.tasks.length === 0 && !mightBeTaskDefinition(doc.text)) return [];
  const text = maskYamlTemplates(doc.text).text;
  const cursors = yamlCursors(text, offset);
  if (cursors.length === 0) return [];
  const model = modelFor(doc, cursors[0]);
  if (model.tasks.length === 0) return [];
  const spell = (k: string) => spellKey(k, model.keyStyle);
  const style = { step: indentStep(text), compact: compactSequences(text), spell };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const c of cursors) {
    const loc = locateRawPath(model, c.rawPath);
    const service = loc ? undefined : serviceSuggestions(model, c.rawPath, c.kind, c.siblings);
    if (!loc && !service) continue;
    const ctx = loc && cursorContext(model, loc, c);
    const suggestions = service ?? suggest(ctx!);
    if (!ctx) {
      items.push(...renderItems(doc, suggestions, yamlWriter(doc, c.edit, c.kind, { ...style, quoteEmpty: new Set<string>() })));
      continue;
    }
    if (suggestions.values.length === 0) suggestions.values.push(...taskSizeValues(ctx));
    const quoteEmpty = ctx.path.length === 0 ? TASK_STRING_SIZES : new Set<string>();
    for (const item of renderItems(doc, suggestions, yamlWriter(doc, c.edit, c.kind, { ...style, quoteEmpty }))) {
      if (seen.has(item.label)) continue;
      seen.add(item.label);
      items.push(item);
    }
  }
  return items;
}

/**
 * The analysis to read task facts from. A half-typed line (`Host` with no colon) can make the
 * parser drop the rest of the template, and `Properties:` with only the key being typed under it
 * is no object yet, so such a file is read once more with a stand-in key (or nothing) where the
 * word being typed is. The document itself is not changed.
 */
function modelFor(doc: AnalyzedDocument, cursor: YamlCursor): AnalyzedDocument {
  if ((doc.tasks.length > 0 && doc.syntaxErrors.length === 0) || cursor.edit.colonFollows) return doc;
  const r = cursor.edit.replace;
  const filler = cursor.kind === 'key' && cursor.edit.mode === 'block' ? `${STAND_IN}: 0` : '';
  const text = doc.text.slice(0, r.offset) + filler + doc.text.slice(r.offset + r.length);
  const patched = analyzeDocument(text, { uri: doc.uri, languageId: 'yaml' });
  return patched.tasks.length >= doc.tasks.length ? patched : doc;
}

/** True when the file writes a sequence under a key at the key's own column (`Key:` then `- a` below it). */
function compactSequences(text: string): boolean {
  const m = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n( *)- /m.exec(text);
  return !!m && m[1].length === m[2].length;
}
