/**
 * Where a node or a cursor sits inside a task definition, in API terms: the path of camelCase keys
 * and array indices from the task object (`['containerDefinitions', 0, 'portMappings', 1, 'hostPort']`).
 * A bare container array is read as if it were the task's `containerDefinitions`. Shared by hover
 * (from model nodes) and completion (from a raw path found by a format front end).
 */
import type { AnyNode, ObjectNode, Path, ValueNode } from '../../model/nodes';
import { asArray, asObject, get, pathOf } from '../../model/nodes';
import type { AnalyzedDocument } from '../../model/document';
import type { ContainerModel, PortMappingModel, TaskDefinitionModel } from '../../model/taskdef';
import { apiKey } from '../../model/cloudformation';

export interface TaskLocation {
  task: TaskDefinitionModel;
  /** API path from the task object. */
  path: Path;
}

/** The root of a task's own fields: the task object, or the container array of a bare container list. */
function taskRoot(task: TaskDefinitionModel): ValueNode | undefined {
  return task.task ?? task.containersNode;
}

function rootPrefix(task: TaskDefinitionModel): Path {
  return task.task ? [] : ['containerDefinitions'];
}

/** The task holding `node` and the API path of `node` from that task's object (none under a foreign-spelled key). */
export function locateNode(doc: AnalyzedDocument, node: AnyNode): TaskLocation | undefined {
  for (const task of doc.tasks) {
    const root = taskRoot(task);
    if (!root) continue;
    const segments: Path = [];
    let cur: AnyNode | undefined = node;
    let found = false;
    while (cur) {
      if (cur === root) {
        found = true;
        break;
      }
      if (cur.type === 'property') {
        if (cur.spelling === 'foreign') return undefined;
        segments.push(cur.key);
        cur = cur.parent;
        continue;
      }
      const parent: AnyNode | undefined = cur.parent;
      if (parent?.type === 'array') segments.push(parent.items.indexOf(cur));
      cur = parent;
    }
    if (found) return { task, path: [...rootPrefix(task), ...segments.reverse()] };
  }
  return undefined;
}

/**
 * The task whose source path is a prefix of `rawPath` (keys as written, indices), and the API path
 * of the rest (none through a foreign-spelled key). Used by completion, where the cursor may sit in
 * text the parser could not read.
 */
export function locateRawPath(doc: AnalyzedDocument, rawPath: Path): TaskLocation | undefined {
  for (const task of doc.tasks) {
    const root = taskRoot(task);
    if (!root) continue;
    const prefix = pathOf(root);
    if (rawPath.length < prefix.length || !prefix.every((seg, i) => seg === rawPath[i])) continue;
    const rest = rawPath.slice(prefix.length).map((seg) => (typeof seg === 'string' ? apiKey(seg, doc.keyStyle) : seg));
    if (rest.includes(undefined)) return undefined;
    return { task, path: [...rootPrefix(task), ...(rest as Path)] };
  }
  return undefined;
}

/** The model value at an API path (undefined when the file does not have it, or it did not parse). */
export function valueAt(task: TaskDefinitionModel, path: Path): ValueNode | undefined {
  let cur: ValueNode | undefined = task.task;
  let rest = path;
  if (!task.task) {
    if (path[0] !== 'containerDefinitions') return undefined;
    cur = task.containersNode;
    rest = path.slice(1);
  }
  for (const seg of rest) {
    if (!cur) return undefined;
    cur = typeof seg === 'number' ? asArray(cur)?.items[seg] : get(asObject(cur), seg);
  }
  return cur;
}

/** What a location is about, for the parts of a task definition the features know by heart. */
export type Place =
  | { kind: 'task'; field?: string }
  | { kind: 'container'; container: number; field?: string }
  | { kind: 'portMappings'; container: number }
  | { kind: 'portMapping'; container: number; mapping: number; field?: string }
  | { kind: 'other' };

/** Classifies an API path: `[]`, `['networkMode']`, `['containerDefinitions', 0, 'portMappings', 1, 'protocol']`, … */
export function classify(path: Path): Place {
  const [a, b, c, d, e, ...more] = path;
  if (path.length === 0) return { kind: 'task' };
  if (typeof a !== 'string') return { kind: 'other' };
  if (path.length === 1) return { kind: 'task', field: a };
  if (a !== 'containerDefinitions' || typeof b !== 'number') return { kind: 'other' };
  if (path.length === 2) return { kind: 'container', container: b };
  if (typeof c !== 'string') return { kind: 'other' };
  if (path.length === 3)
    return c === 'portMappings' ? { kind: 'portMappings', container: b } : { kind: 'container', container: b, field: c };
  if (c !== 'portMappings' || typeof d !== 'number' || more.length > 0) return { kind: 'other' };
  if (path.length === 4) return { kind: 'portMapping', container: b, mapping: d };
  return typeof e === 'string' ? { kind: 'portMapping', container: b, mapping: d, field: e } : { kind: 'other' };
}

export function containerAt(task: TaskDefinitionModel, index: number): ContainerModel | undefined {
  return task.containers.find((c) => c.index === index);
}

export function mappingAt(task: TaskDefinitionModel, container: number, mapping: number): PortMappingModel | undefined {
  return containerAt(task, container)?.portMappings.find((m) => m.index === mapping);
}

/** The object at an API path, when it is an object in the model. */
export function objectAt(task: TaskDefinitionModel, path: Path): ObjectNode | undefined {
  return asObject(valueAt(task, path));
}
