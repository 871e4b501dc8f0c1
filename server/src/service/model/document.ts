/**
 * One analysed document: the parse (once per version), and the task definitions found in it.
 * A document with no task definition has `tasks.length === 0`, and every feature does nothing on it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SyntaxProblem } from '../parse/json';
import { FORMAT_READERS, type FormatParse, formatOf } from '../formats/read';
import type { FormatId } from '../formats/names';
import { type ObjectNode, type ValueNode, asArray, asObject, get, getProperty } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';
import { type KeyStyle, detectCloudFormationTasks } from './cloudformation';
import { looksLikeContainerArray } from './container-array';
import { mightBeTaskDefinition } from './sniff';
import { type RelatedFile, mightBeServiceFile } from '../traffic/sniff';
import { type ReferencedTaskContext, applyTaskContext } from './terraform-context';

export { mightBeTaskDefinition };

export type SourceFormat = FormatId;

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

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const uri = options.uri ?? 'untitled:task-definition.json';
  const format = formatOf(options.languageId, uri, text);
  const force = options.force === true;
  const skip = !force && !mightBeTaskDefinition(text) && !options.taskContext && !(options.related?.length && mightBeServiceFile(text));
  const parsed: FormatParse = skip ? { root: undefined, syntaxErrors: [] } : FORMAT_READERS[format].parse(text, options);
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
  if (parsed.tasks) doc.tasks = parsed.tasks;
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
