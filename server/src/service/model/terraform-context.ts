/**
 * Terraform in the document model: the task definitions in a .tf file (formats/ says which files are
 * Terraform), and the other direction — a container-definitions file loaded by `file()`/
 * `templatefile()` is checked with the network mode, launch type and OS of the resource that loads it. The host reads the
 * referenced file; this module only takes its text (pure).
 */
import type { AnalyzedDocument } from './document';
import { type ObjectNode, asArray } from './nodes';
import { type NetworkModeInfo, type TaskDefinitionModel, buildTaskModel } from './taskdef';
import { type TerraformFileReference, type TerraformResourceBlock, TERRAFORM_TASK_TYPE, analyzeTerraform } from './terraform';
import type { SyntaxProblem } from '../parse/json';

/** What the document model keeps of a .tf file's HCL parse; the references and heredocs hang off its root. */
export interface TerraformParse {
  root: ObjectNode | undefined;
  syntaxErrors: SyntaxProblem[];
  tasks: TaskDefinitionModel[];
}

const references = new WeakMap<object, TerraformFileReference[]>();
const heredocs = new WeakMap<object, { start: number; end: number }[]>();
const resources = new WeakMap<object, TerraformResourceBlock[]>();

/** The Terraform resources of `text` as task definitions (none before the HCL parser is loaded). */
export function parseTerraform(text: string): TerraformParse {
  const none: TerraformParse = { root: undefined, syntaxErrors: [], tasks: [] };
  if (!text.includes(TERRAFORM_TASK_TYPE)) return none;
  const tf = analyzeTerraform(text);
  if (!tf || tf.tasks.length === 0) return none;
  references.set(tf.root, tf.references);
  heredocs.set(tf.root, tf.heredocs);
  resources.set(tf.root, tf.resources);
  return { root: tf.root, syntaxErrors: tf.syntaxErrors, tasks: tf.tasks };
}

/** The heredoc bodies of a Terraform document that were read as JSON. */
export function terraformHeredocs(doc: AnalyzedDocument): { start: number; end: number }[] {
  return (doc.root && heredocs.get(doc.root)) || [];
}

/** Every resource block of a Terraform document that holds a task definition (services, target groups, …). */
export function terraformResources(doc: AnalyzedDocument): TerraformResourceBlock[] {
  return (doc.format === 'terraform' && doc.root && resources.get(doc.root)) || [];
}

/** Cheap text test: may this .tf load container definitions with file()/templatefile()? (No parse.) */
export function mayLoadContainerFiles(text: string): boolean {
  return /\b(?:template)?file\(/.test(text) && text.includes('aws_ecs_task_definition');
}

/** The `file()`/`templatefile()` references with a literal path in a Terraform document. */
export function terraformReferences(doc: AnalyzedDocument): TerraformFileReference[] {
  return (doc.root && references.get(doc.root)) || [];
}

/** What a container array learns from the Terraform resource that loads it. */
export interface ReferencedTaskContext {
  /** `aws_ecs_task_definition.<name>` in `sourceUri`. */
  resource: string;
  sourceUri: string;
  networkMode: NetworkModeInfo['effective'];
  /** True when the resource sets `network_mode` (with a value that may be unknown). */
  networkModeExplicit: boolean;
  fargate: boolean | 'unknown';
  os: 'linux' | 'windows' | 'unknown';
}

export function referencedTaskContext(ref: Pick<TerraformFileReference, 'resource' | 'task'>, sourceUri: string): ReferencedTaskContext {
  const t = ref.task;
  return {
    resource: ref.resource,
    sourceUri,
    networkMode: t.networkMode.effective,
    networkModeExplicit: t.networkMode.explicit,
    fargate: t.fargate,
    os: t.os,
  };
}

/** The container array of `doc` takes the loading resource's network mode, launch type and OS. */
export function applyTaskContext(doc: AnalyzedDocument, ctx: ReferencedTaskContext): void {
  if (doc.tasks.length === 0) {
    const arr = asArray(doc.root);
    if (arr && arr.items.some((i) => i.type === 'object')) doc.tasks = [buildTaskModel('container-array', undefined, arr)];
  }
  for (const task of doc.tasks) {
    if (task.kind !== 'container-array') continue;
    task.networkMode = { effective: ctx.networkMode, explicit: ctx.networkModeExplicit };
    task.fargate = ctx.fargate;
    task.os = ctx.os;
    contexts.set(task, ctx);
  }
}

const contexts = new WeakMap<TaskDefinitionModel, ReferencedTaskContext>();

/** The Terraform resource a container array was checked with, if any (for hovers). */
export function taskContextOf(task: TaskDefinitionModel): ReferencedTaskContext | undefined {
  return contexts.get(task);
}
