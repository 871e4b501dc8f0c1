/**
 * One analysed document: the parse (once per version), and the task definitions found in it.
 * A document with no task definition has `tasks.length === 0`, and every feature does nothing on it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type SyntaxProblem, parseJson } from '../parse/json';
import { parseYaml } from '../parse/yaml';
import '../fixes/yaml-editor'; // registers the YAML fix editor with fixes/apply
import { type ObjectNode, type ValueNode, asArray, asObject, get, getProperty } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';
import { type KeyStyle, detectCloudFormationTasks } from './cloudformation';
import { looksLikeContainerArray } from './container-array';
import { mightBeTaskDefinition } from './sniff';
import { type RelatedFile, mightBeServiceFile } from '../traffic/sniff';
import { type ReferencedTaskContext, applyTaskContext, detectTerraformTasks, isTerraformFile } from './terraform-context';

export { mightBeTaskDefinition };

export type SourceFormat = 'json' | 'yaml' | 'terraform';

export interface AnalyzeOptions {
  uri?: string;
  languageId?: string;
  version?: number;
  /** Treat the document as a task definition even when its content does not say so (user glob). */
  force?: boolean;
  /** The other files of the document's folder (read by the host), for service files checked against a task definition. */
  related?: RelatedFile[];
  /** The Terraform resource whose `file()`/`templatefile()` loads this container array (its network mode, Fargate, OS). */
  taskContext?: ReferencedTaskContext;
  /** Parse a CloudFormation YAML template whole, without skipping the resources no rule reads (parse/yaml-skip.ts); the bench and tests compare both. */
  parseWholeYaml?: boolean;
}

export interface AnalyzedDocument {
  uri: string;
  version: number;
  text: string;
  format: SourceFormat;
  /** Key spelling of the task definitions in this file: API camelCase or CloudFormation PascalCase. */
  keyStyle: KeyStyle;
  root: ValueNode | undefined;
  syntaxErrors: SyntaxProblem[];
  tasks: TaskDefinitionModel[];
  /** Offset ↔ line/character conversion (the only one in the product). */
  positions: TextDocument;
  related?: RelatedFile[];
}

/** True when a syntax error starts inside `node` (or at its end): what the parser saw there may be cut short. */
export function hasSyntaxErrorIn(doc: AnalyzedDocument, node: { offset: number; length: number }): boolean {
  return doc.syntaxErrors.some((e) => e.offset >= node.offset && e.offset <= node.offset + node.length);
}

const YAML_LANGUAGES = new Set(['yaml', 'cloudformation', 'yaml-cloudformation', 'jinja-yaml', 'helm']);
const JSON_LANGUAGES = new Set(['json', 'jsonc', 'jinja-json']);
/** Template and generic extensions that say nothing about the format inside. */
const TEMPLATE_EXT = /\.(?:tpl|tftpl|tmpl|gotmpl|j2|jinja2?|template|txt|in)$/i;

/**
 * The document's format: from the language id when it names one, else the file name
 * (`.yaml`, `.yml.j2`, `.json.tpl`, …), else the content (`{`/`[` first means JSON).
 */
export function formatOf(languageId: string | undefined, uri: string, text?: string): SourceFormat {
  if (isTerraformFile(languageId, uri)) return 'terraform';
  if (languageId && YAML_LANGUAGES.has(languageId)) return 'yaml';
  if (languageId && JSON_LANGUAGES.has(languageId)) return 'json';
  const path = uri.replace(/[?#].*$/, '');
  let name = path;
  while (TEMPLATE_EXT.test(name)) name = name.replace(TEMPLATE_EXT, '');
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json[c5]?$/i.test(name)) return 'json';
  if (text !== undefined && name !== path) return sniffFormat(text);
  return 'json';
}

/** JSON when the first significant character (past comments and template directives) opens one. */
export function sniffFormat(text: string): SourceFormat {
  let i = 0;
  const skipTo = (close: string, from: number) => {
    const end = text.indexOf(close, from);
    return end < 0 ? text.length : end + close.length;
  };
  while (i < text.length) {
    const c = text[i];
    const two = text.slice(i, i + 2);
    if (/\s/.test(c)) i++;
    else if (c === '#' || two === '//') i = skipTo('\n', i);
    else if (two === '{{') i = skipTo('}}', i + 2);
    else if (two === '{%') i = skipTo('%}', i + 2);
    else if (two === '{#') i = skipTo('#}', i + 2);
    else if (two === '%{') i = skipTo('}', i + 2);
    else return c === '{' || c === '[' ? 'json' : 'yaml';
  }
  return 'json';
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const uri = options.uri ?? 'untitled:task-definition.json';
  const format = formatOf(options.languageId, uri, text);
  const force = options.force === true;
  const skip = !force && !mightBeTaskDefinition(text) && !options.taskContext && !(options.related?.length && mightBeServiceFile(text));
  const parsed = skip || format === 'terraform'
    ? { root: undefined, syntaxErrors: [] }
    : format === 'yaml' ? parseYaml(text, { whole: options.parseWholeYaml }) : parseJson(text);
  const doc: AnalyzedDocument = {
    uri,
    version: options.version ?? 0,
    text,
    format,
    keyStyle: 'camel',
    root: parsed.root,
    syntaxErrors: parsed.syntaxErrors,
    tasks: [],
    positions: TextDocument.create(uri, options.languageId ?? format, options.version ?? 0, text),
    ...(options.related?.length ? { related: options.related } : {}),
  };
  if (format === 'terraform') detectTerraformTasks(doc);
  else detectTasks(doc, force);
  if (options.taskContext) applyTaskContext(doc, options.taskContext);
  return doc;
}

function detectTasks(doc: AnalyzedDocument, force: boolean): void {
  const root = doc.root;
  const obj = asObject(root);
  if (obj) {
    const cfn = detectCloudFormationTasks(obj);
    if (cfn.length) {
      doc.keyStyle = 'pascal';
      doc.tasks = cfn;
      return;
    }
    if (getProperty(obj, 'containerDefinitions')) {
      doc.tasks = [taskFromObject('register', obj)];
      return;
    }
    const wrapperProp = getProperty(obj, 'taskDefinition');
    const inner = asObject(wrapperProp?.value);
    if (inner && getProperty(inner, 'containerDefinitions')) {
      const model = taskFromObject('describe', inner);
      model.wrapper = wrapperProp;
      doc.tasks = [model];
      return;
    }
    if (force) doc.tasks = [taskFromObject('register', obj)];
    return;
  }
  const arr = asArray(root);
  if (arr && (looksLikeContainerArray(arr) || (force && arr.items.some((i) => i.type === 'object')))) {
    doc.tasks = [buildTaskModel('container-array', undefined, arr)];
  }
}

export function taskFromObject(kind: TaskDefinitionModel['kind'], task: ObjectNode): TaskDefinitionModel {
  return buildTaskModel(kind, task, asArray(get(task, 'containerDefinitions')));
}
