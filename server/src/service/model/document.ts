/**
 * One analysed document: the parse (once per version), and the task definitions found in it.
 * A document with no task definition has `tasks.length === 0`, and every feature does nothing on it.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type SyntaxProblem, parseJson } from '../parse/json';
import { type ObjectNode, type ValueNode, asArray, asObject, get, getProperty } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';
import { detectCloudFormationTasks } from './cloudformation';
import { looksLikeContainerArray } from './container-array';
import { mightBeTaskDefinition } from './sniff';

export { mightBeTaskDefinition };

export type SourceFormat = 'json' | 'yaml';

export interface AnalyzeOptions {
  uri?: string;
  languageId?: string;
  version?: number;
  /** Treat the document as a task definition even when its content does not say so (user glob). */
  force?: boolean;
}

export interface AnalyzedDocument {
  uri: string;
  version: number;
  text: string;
  format: SourceFormat;
  /** Key spelling of the task definitions in this file: API camelCase or CloudFormation PascalCase. */
  keyStyle: 'camel' | 'pascal';
  root: ValueNode | undefined;
  syntaxErrors: SyntaxProblem[];
  tasks: TaskDefinitionModel[];
  /** Offset ↔ line/character conversion (the only one in the product). */
  positions: TextDocument;
}

export type YamlParser = (text: string) => { root: ValueNode | undefined; syntaxErrors: SyntaxProblem[] };
let yamlParser: YamlParser | undefined;

/** The YAML front end registers itself here (keeps the YAML library out of JSON-only paths). */
export function registerYamlParser(parser: YamlParser): void {
  yamlParser = parser;
}

export function formatOf(languageId: string | undefined, uri: string): SourceFormat {
  if (languageId === 'yaml' || languageId === 'cloudformation' || /\.ya?ml$/i.test(uri)) return 'yaml';
  return 'json';
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const uri = options.uri ?? 'untitled:task-definition.json';
  const format = formatOf(options.languageId, uri);
  const skip = options.force !== true && !mightBeTaskDefinition(text);
  const parsed = skip
    ? { root: undefined, syntaxErrors: [] }
    : format === 'yaml'
    ? (yamlParser ? yamlParser(text) : { root: undefined, syntaxErrors: [] })
    : parseJson(text);
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
  };
  detectTasks(doc, options.force === true);
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
