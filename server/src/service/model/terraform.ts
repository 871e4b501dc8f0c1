/**
 * Terraform: every `resource "aws_ecs_task_definition" "<name>"` block of a .tf file becomes a task
 * definition. Its snake_case arguments are read under their API names (`network_mode` → `networkMode`,
 * nested blocks such as `runtime_platform { … }` and repeated `volume { … }` blocks included), and
 * `container_definitions` is read from `jsonencode(…)` (HCL objects and tuples, offsets into the .tf
 * file), from heredoc JSON (`<<EOF`, `<<-EOF`) or, for `file()`/`templatefile()` with a literal path,
 * recorded as a reference so the host can check that file with this resource's facts (see
 * terraform-context.ts). Anything computed is unknown, which silences the rules that need it.
 *
 * The value tree: a root object with one property per task resource (`aws_ecs_task_definition.<name>`),
 * holding the task object. Property keys (and raw keys) at task level are API names; the HCL fix editor
 * maps them back to the argument names (TERRAFORM_NAMES).
 */
import { type HclNode, firstOf, hclValue, named, parseHcl, stringLiteral } from '../parse/hcl';
import { parseJson, type SyntaxProblem } from '../parse/json';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';

export const TERRAFORM_TASK_TYPE = 'aws_ecs_task_definition';

type Kind = 's' | 'n' | 'b' | 'list' | 'map';
interface BlockSpec {
  api: string;
  /** Repeated blocks make an array (`volume` → `volumes`). */
  list?: boolean;
  attrs: Record<string, [api: string, kind: Kind]>;
  blocks?: Record<string, BlockSpec>;
}

const AUTHORIZATION: BlockSpec = { api: 'authorizationConfig', attrs: { access_point_id: ['accessPointId', 's'], iam: ['iam', 's'] } };

/** The resource's arguments the model reads, by their Terraform names; everything else is left out. */
const TASK: BlockSpec = {
  api: '',
  attrs: {
    family: ['family', 's'],
    cpu: ['cpu', 's'],
    memory: ['memory', 's'],
    execution_role_arn: ['executionRoleArn', 's'],
    task_role_arn: ['taskRoleArn', 's'],
    network_mode: ['networkMode', 's'],
    ipc_mode: ['ipcMode', 's'],
    pid_mode: ['pidMode', 's'],
    requires_compatibilities: ['requiresCompatibilities', 'list'],
    enable_fault_injection: ['enableFaultInjection', 'b'],
  },
  blocks: {
    runtime_platform: {
      api: 'runtimePlatform',
      attrs: { operating_system_family: ['operatingSystemFamily', 's'], cpu_architecture: ['cpuArchitecture', 's'] },
    },
    ephemeral_storage: { api: 'ephemeralStorage', attrs: { size_in_gib: ['sizeInGiB', 'n'] } },
    proxy_configuration: { api: 'proxyConfiguration', attrs: { container_name: ['containerName', 's'], type: ['type', 's'] } },
    placement_constraints: { api: 'placementConstraints', list: true, attrs: { type: ['type', 's'], expression: ['expression', 's'] } },
    inference_accelerator: {
      api: 'inferenceAccelerators',
      list: true,
      attrs: { device_name: ['deviceName', 's'], device_type: ['deviceType', 's'] },
    },
    volume: {
      api: 'volumes',
      list: true,
      attrs: { name: ['name', 's'], configure_at_launch: ['configuredAtLaunch', 'b'] },
      blocks: {
        docker_volume_configuration: {
          api: 'dockerVolumeConfiguration',
          attrs: {
            scope: ['scope', 's'],
            autoprovision: ['autoprovision', 'b'],
            driver: ['driver', 's'],
            driver_opts: ['driverOpts', 'map'],
            labels: ['labels', 'map'],
          },
        },
        efs_volume_configuration: {
          api: 'efsVolumeConfiguration',
          attrs: {
            file_system_id: ['fileSystemId', 's'],
            root_directory: ['rootDirectory', 's'],
            transit_encryption: ['transitEncryption', 's'],
            transit_encryption_port: ['transitEncryptionPort', 'n'],
          },
          blocks: { authorization_config: AUTHORIZATION },
        },
      },
    },
  },
};

/** API key → Terraform argument/block name, per place (`''` is the resource itself). Used by the fix editor. */
export const TERRAFORM_NAMES = new Map<BlockSpec, Map<string, string>>();
function indexNames(spec: BlockSpec): void {
  const names = new Map<string, string>();
  for (const [tf, [api]] of Object.entries(spec.attrs)) names.set(api, tf);
  for (const [tf, sub] of Object.entries(spec.blocks ?? {})) {
    names.set(sub.api, tf);
    indexNames(sub);
  }
  TERRAFORM_NAMES.set(spec, names);
}
indexNames(TASK);

/** The Terraform name of an API key in the block `spec` (the resource when omitted), and the nested block spec. */
export function terraformName(apiKey: string, spec: BlockSpec = TASK): { name: string; block?: BlockSpec } | undefined {
  // Keys arrive as API names, or already spelt the Terraform way (spellTerraform in messages and fixes).
  if (spec.attrs[apiKey] || spec.blocks?.[apiKey]) return { name: apiKey, block: spec.blocks?.[apiKey] };
  const name =
    TERRAFORM_NAMES.get(spec)?.get(apiKey) ?? (apiKey === 'containerDefinitions' && spec === TASK ? 'container_definitions' : undefined);
  if (!name) return undefined;
  return { name, block: spec.blocks?.[name] };
}
export { TASK as TERRAFORM_TASK_SPEC };

/** How a Terraform file spells an API key: the resource's argument name at task level (`network_mode`), else the key. */
export function spellTerraform(apiKey: string, holder?: string): string {
  if (holder !== undefined) return apiKey;
  return apiKey === 'containerDefinitions' ? 'container_definitions' : (TERRAFORM_NAMES.get(TASK)?.get(apiKey) ?? apiKey);
}
export type { BlockSpec as TerraformBlockSpec };

/** Where `file()`/`templatefile()` loads a resource's container definitions from. */
export interface TerraformFileReference {
  /** `aws_ecs_task_definition.<name>`. */
  resource: string;
  function: 'file' | 'templatefile';
  /** The path as written, relative to the module folder (`${path.module}/` removed). */
  path: string;
  /** The path argument in the .tf file. */
  offset: number;
  length: number;
  task: TaskDefinitionModel;
}

export interface TerraformAnalysis {
  root: ObjectNode;
  tasks: TaskDefinitionModel[];
  references: TerraformFileReference[];
  syntaxErrors: SyntaxProblem[];
  /** Bodies of the heredocs read as JSON (completion reads them as JSON documents). */
  heredocs: { start: number; end: number }[];
  /** Every `resource "<type>" "<name>"` block of the file (the traffic model reads services and target groups from them). */
  resources: TerraformResourceBlock[];
}

export interface TerraformResourceBlock {
  type: string;
  name: string;
  block: HclNode;
  /** The name label (`"web"`). */
  label: HclNode;
}

/** The task definitions of a .tf file, or undefined before the HCL parser is loaded. */
export function analyzeTerraform(text: string): TerraformAnalysis | undefined {
  const parsed = parseHcl(text);
  if (!parsed) return undefined;
  const root: ObjectNode = { type: 'object', offset: 0, length: text.length, properties: [] };
  const out: TerraformAnalysis = { root, tasks: [], references: [], syntaxErrors: [], heredocs: [], resources: [] };
  const body = firstOf(parsed.root, 'body');
  for (const block of body?.children ?? []) {
    if (block.type !== 'block' || identifier(block, text) !== 'resource') continue;
    const labels = block.children.filter((c) => c.type === 'string_lit');
    const type = labels.length === 2 ? stringLiteral(labels[0], text) : undefined;
    const label = stringLiteral(labels[1] ?? labels[0], text);
    if (type !== undefined && label !== undefined) out.resources.push({ type, name: label, block, label: labels[1] });
    if (type !== TERRAFORM_TASK_TYPE) continue;
    const name = label ?? '';
    const resource = `${TERRAFORM_TASK_TYPE}.${name}`;
    const task = readBlock(block, TASK, text, out);
    const prop: PropertyNode = {
      type: 'property',
      key: resource,
      rawKey: resource,
      keyOffset: labels[1].start,
      keyLength: labels[1].end - labels[1].start,
      offset: block.start,
      length: block.end - block.start,
      parent: root,
      value: task,
    };
    task.parent = prop;
    root.properties.push(prop);
    const containers = task.properties.find((p) => p.key === 'containerDefinitions')?.value;
    const model = buildTaskModel('terraform', task, containers?.type === 'array' ? containers : undefined);
    model.resourceName = resource;
    out.tasks.push(model);
    for (const ref of out.references) if (ref.resource === '') Object.assign(ref, { resource, task: model });
    // Only syntax errors inside task resources matter here (HashiCorp's tools report the rest).
    out.syntaxErrors.push(...parsed.syntaxErrors.filter((e) => e.offset >= block.start && e.offset <= block.end));
  }
  return out;
}

function identifier(node: HclNode, text: string): string | undefined {
  const id = firstOf(node, 'identifier');
  return id ? text.slice(id.start, id.end) : undefined;
}

/** A resource block's body as an object (only the arguments `spec` knows), hung under a `<type>.<name>` property. */
export function readTerraformResource(res: TerraformResourceBlock, spec: BlockSpec, text: string): ObjectNode {
  const scratch: TerraformAnalysis = {
    root: undefined as unknown as ObjectNode,
    tasks: [],
    references: [],
    syntaxErrors: [],
    heredocs: [],
    resources: [],
  };
  const obj = readBlock(res.block, spec, text, scratch);
  const key = `${res.type}.${res.name}`;
  const root: ObjectNode = { type: 'object', offset: res.block.start, length: res.block.end - res.block.start, properties: [] };
  const prop: PropertyNode = {
    type: 'property',
    key,
    rawKey: key,
    keyOffset: res.label.start,
    keyLength: res.label.end - res.label.start,
    offset: res.block.start,
    length: res.block.end - res.block.start,
    parent: root,
    value: obj,
  };
  root.properties.push(prop);
  obj.parent = prop;
  return obj;
}

/** A block's body as an object of API keys (only the arguments `spec` knows). */
function readBlock(block: HclNode, spec: BlockSpec, text: string, out: TerraformAnalysis): ObjectNode {
  const obj: ObjectNode = { type: 'object', offset: block.start, length: block.end - block.start, properties: [] };
  const body = firstOf(block, 'body');
  const lists = new Map<string, PropertyNode>();
  const add = (prop: Omit<PropertyNode, 'parent' | 'type'>) => {
    const p: PropertyNode = { type: 'property', ...prop, parent: obj };
    if (p.value) p.value.parent = p;
    obj.properties.push(p);
    return p;
  };
  for (const item of body?.children ?? []) {
    const name = identifier(item, text);
    if (!name) continue;
    const id = firstOf(item, 'identifier')!;
    const key = { keyOffset: id.start, keyLength: id.end - id.start, offset: item.start, length: item.end - item.start };
    if (item.type === 'attribute') {
      const expr = named(item)[1];
      if (!expr) continue;
      if (spec === TASK && name === 'container_definitions') {
        add({ key: 'containerDefinitions', rawKey: 'containerDefinitions', ...key, value: containerDefinitions(expr, text, out) });
        continue;
      }
      const known = spec.attrs[name];
      if (!known) continue;
      add({ key: known[0], rawKey: known[0], ...key, value: coerce(hclValue(expr, text), known[1]) });
    } else if (item.type === 'block') {
      const dynamic = name === 'dynamic' ? item.children.find((c) => c.type === 'string_lit') : undefined;
      const blockName = dynamic ? stringLiteral(dynamic, text) : name;
      const sub = blockName ? spec.blocks?.[blockName] : undefined;
      if (!sub) continue;
      if (dynamic) {
        const unknown: ValueNode = {
          type: 'unknown',
          offset: item.start,
          length: item.end - item.start,
          text: text.slice(item.start, item.end),
        };
        const existing = lists.get(sub.api) ?? obj.properties.find((p) => p.key === sub.api);
        if (existing) {
          existing.value = { ...unknown, parent: existing };
          continue;
        }
        lists.set(sub.api, add({ key: sub.api, rawKey: sub.api, ...key, value: unknown }));
        continue;
      }
      const value = readBlock(item, sub, text, out);
      if (!sub.list) {
        if (!obj.properties.some((p) => p.key === sub.api)) add({ key: sub.api, rawKey: sub.api, ...key, value });
        continue;
      }
      let prop = lists.get(sub.api);
      if (!prop) {
        const arr: ArrayNode = { type: 'array', offset: item.start, length: item.end - item.start, items: [] };
        prop = add({ key: sub.api, rawKey: sub.api, ...key, value: arr });
        lists.set(sub.api, prop);
      }
      const arr = prop.value;
      if (arr?.type !== 'array') continue; // a dynamic block made the list unknown
      value.parent = arr;
      arr.items.push(value);
      arr.length = item.end - arr.offset;
      prop.length = item.end - prop.offset;
    }
  }
  return obj;
}

/** Terraform converts between strings, numbers and booleans to fit an argument's type. */
function coerce(value: ValueNode, kind: Kind): ValueNode {
  if (kind === 's' && (value.type === 'number' || value.type === 'boolean'))
    return { ...value, type: 'string', value: String(value.value) };
  if (kind === 'n' && value.type === 'string' && /^-?\d+(\.\d+)?$/.test(value.value))
    return { ...value, type: 'number', value: Number(value.value) };
  if (kind === 'b' && value.type === 'string' && /^(true|false)$/.test(value.value))
    return { ...value, type: 'boolean', value: value.value === 'true' };
  if (kind === 'list' && value.type === 'array') {
    value.items = value.items.map((item) => Object.assign(coerce(item, 's'), { parent: value }));
  }
  return value;
}

/** The value of `container_definitions`: jsonencode(…) or heredoc JSON read; anything else unknown. */
function containerDefinitions(expr: HclNode, text: string, out: TerraformAnalysis): ValueNode {
  const unknown: ValueNode = { type: 'unknown', offset: expr.start, length: expr.end - expr.start, text: text.slice(expr.start, expr.end) };
  const terms = named(expr);
  const inner = terms.length === 1 && expr.children.length === 1 ? terms[0] : undefined;
  if (inner?.type === 'function_call') {
    const fn = identifier(inner, text);
    const args = named(firstOf(inner, 'function_arguments') ?? inner).filter((a) => a.type === 'expression');
    if (fn === 'jsonencode' && args.length === 1) return hclValue(args[0], text);
    if ((fn === 'file' || fn === 'templatefile') && args.length >= 1) {
      const path = modulePath(args[0], text);
      if (path !== undefined)
        out.references.push({
          resource: '',
          function: fn,
          path,
          offset: args[0].start,
          length: args[0].end - args[0].start,
          task: undefined as unknown as TaskDefinitionModel,
        });
    }
    return unknown;
  }
  const template = inner?.type === 'template_expr' ? named(inner)[0] : undefined;
  if (template?.type === 'heredoc_template') return heredocJson(template, text, out) ?? unknown;
  // Terraform 0.11 style: "${file("x.json")}" is the call itself.
  const parts = template?.type === 'quoted_template' ? named(template).filter((c) => !c.type.startsWith('quoted_template_')) : [];
  const call =
    parts.length === 1 && parts[0].type === 'template_interpolation' ? named(parts[0]).find((c) => c.type === 'expression') : undefined;
  if (call) containerDefinitions(call, text, out);
  return unknown;
}

/** A literal path, relative to the module: `"x.json"`, `"./x.json"` or `"${path.module}/x.json"`. */
function modulePath(arg: HclNode, text: string): string | undefined {
  const literal = stringLiteral(arg, text);
  if (literal !== undefined) return /^(\/|[A-Za-z]:)/.test(literal) ? undefined : literal;
  const src = text.slice(arg.start, arg.end);
  const m = /^"\$\{path\.module\}\/([^"$%\\]+)"$/.exec(src);
  return m ? m[1] : undefined;
}

/** Heredoc JSON: parsed as JSON (`${…}` masked as in templates) with offsets into the .tf file. */
function heredocJson(heredoc: HclNode, text: string, out: TerraformAnalysis): ValueNode | undefined {
  const ids = heredoc.children.filter((c) => c.type === 'heredoc_identifier');
  if (ids.length < 2) return undefined;
  const nl = text.indexOf('\n', ids[0].end);
  if (nl < 0 || nl >= ids[1].start) return undefined;
  const start = nl + 1;
  const end = text.lastIndexOf('\n', ids[1].start) + 1;
  if (end < start) return undefined;
  const parsed = parseJson(text.slice(start, end));
  out.heredocs.push({ start, end });
  out.syntaxErrors.push(...parsed.syntaxErrors.map((e) => ({ ...e, offset: e.offset + start })));
  if (!parsed.root) return undefined;
  shift(parsed.root, start);
  return parsed.root;
}

function shift(node: ValueNode, by: number): void {
  node.offset += by;
  if (node.type === 'object') {
    for (const p of node.properties) {
      p.offset += by;
      p.keyOffset += by;
      if (p.value) shift(p.value, by);
    }
  } else if (node.type === 'array') {
    for (const item of node.items) shift(item, by);
  }
}
