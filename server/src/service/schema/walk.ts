/**
 * Walks a task definition's value tree alongside the schema, one linear pass. The schema rules
 * (invalid-type, invalid-enum-value, unknown-property) are visitors; hover finds a node's schema
 * with `schemaForNode`.
 */
import type { AnyNode, ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { type JsonSchema, type KeyStyle, containerSchema, isMapSchema, itemSchema, keyFor, propertySchema, taskSchema } from './index';

/** A value the schema has something to say about. */
export interface ValueVisit {
  node: ValueNode;
  /** Resolved schema the value must satisfy. */
  schema: JsonSchema;
  /** The property that holds the value, or holds the array the value is an item of. */
  prop?: PropertyNode;
  /** API key of `prop` (for a map entry: the key of the map itself). */
  field?: string;
  /** Set when the value is an array item. */
  array?: ArrayNode;
  /** True for the values of a map-valued object (log options, dockerLabels, …). */
  mapEntry: boolean;
}

/** A key the schema does not know at that place. */
export interface UnknownKeyVisit {
  prop: PropertyNode;
  /** Schema of the object that holds the key. */
  objectSchema: JsonSchema;
  /** Path of API keys from the task object to that object (`[]` for the task itself). */
  at: readonly (string | number)[];
}

export interface SchemaVisitor {
  value?(v: ValueVisit): void;
  unknownKey?(v: UnknownKeyVisit): void;
}

/** The objects of one model the schema applies to, with their schema. */
export function schemaRoots(model: TaskDefinitionModel): { node: ValueNode; schema: JsonSchema; at: (string | number)[] }[] {
  if (model.task) return [{ node: model.task, schema: taskSchema, at: [] }];
  return (model.containersNode?.items ?? []).map((node, i) => ({ node, schema: containerSchema, at: ['containerDefinitions', i] }));
}

/** Visits every value of the task definition that has a schema, and every key the schema lacks. */
export function walkTask(model: TaskDefinitionModel, style: KeyStyle, visitor: SchemaVisitor): void {
  for (const r of schemaRoots(model)) {
    if (!model.task)
      visitor.value?.({ node: r.node, schema: r.schema, array: model.containersNode, field: 'containerDefinitions', mapEntry: false });
    descend(r.node, r.schema, style, visitor, r.at);
  }
}

function descend(node: ValueNode, schema: JsonSchema, style: KeyStyle, visitor: SchemaVisitor, at: (string | number)[]): void {
  if (node.type === 'object') {
    if (schema.type === 'object') walkObject(node, schema, style, visitor, at);
    // An object where a list of objects belongs (`portMappings: {…}`): invalid-type reports the
    // shape; its keys are still checked as if it were the list's only item.
    else if (schema.type === 'array' && itemSchema(schema)?.type === 'object')
      walkObject(node, itemSchema(schema)!, style, visitor, [...at, 0]);
  } else if (node.type === 'array' && schema.type === 'array') {
    const items = itemSchema(schema);
    if (!items) return;
    const prop = node.parent?.type === 'property' ? node.parent : undefined;
    node.items.forEach((item, i) => {
      visitor.value?.({ node: item, schema: items, prop, field: prop ? apiKeyOf(prop, at) : undefined, array: node, mapEntry: false });
      descend(item, items, style, visitor, [...at, i]);
    });
  }
}

function apiKeyOf(prop: PropertyNode, at: (string | number)[]): string | undefined {
  const last = at[at.length - 1];
  return typeof last === 'string' ? last : prop.key;
}

function walkObject(obj: ObjectNode, schema: JsonSchema, style: KeyStyle, visitor: SchemaVisitor, at: (string | number)[]): void {
  if (isMapSchema(schema)) {
    const values = itemSchema(schema)!;
    const holder = obj.parent?.type === 'property' ? obj.parent : undefined;
    for (const p of obj.properties) {
      if (p.value)
        visitor.value?.({ node: p.value, schema: values, prop: p, field: holder ? apiKeyOf(holder, at) : undefined, mapEntry: true });
    }
    return;
  }
  for (const p of obj.properties) {
    const key = keyFor(schema, p.rawKey, style);
    const propSchema = key ? schema.properties?.[key] : undefined;
    if (!key || !propSchema) {
      visitor.unknownKey?.({ prop: p, objectSchema: schema, at });
      continue;
    }
    if (!p.value) continue;
    const s = propertySchema(schema, key) ?? {};
    visitor.value?.({ node: p.value, schema: s, prop: p, field: key, mapEntry: false });
    descend(p.value, s, style, visitor, [...at, key]);
  }
}

/**
 * The schema of the value at `node` (or of the property `node`), with its API key, when `node`
 * lies inside the task definition and the schema knows every step to it.
 */
export function schemaForNode(
  model: TaskDefinitionModel,
  node: AnyNode,
  style: KeyStyle,
): { schema: JsonSchema; key?: string; objectSchema?: JsonSchema } | undefined {
  const chain: AnyNode[] = [];
  let cur: AnyNode | undefined = node;
  const roots = new Set<ValueNode>(schemaRoots(model).map((r) => r.node));
  while (cur && !(cur.type !== 'property' && roots.has(cur))) {
    chain.push(cur);
    cur = cur.parent;
  }
  if (!cur) return undefined;
  let schema: JsonSchema | undefined = model.task ? taskSchema : containerSchema;
  let key: string | undefined;
  let objectSchema: JsonSchema | undefined;
  for (let i = chain.length - 1; i >= 0 && schema; i--) {
    const step = chain[i];
    if (step.type === 'property') {
      if (isMapSchema(schema)) {
        objectSchema = schema;
        key = step.rawKey;
        schema = itemSchema(schema);
        continue;
      }
      objectSchema = schema.type === 'array' ? itemSchema(schema) : schema;
      key = keyFor(objectSchema, step.rawKey, style);
      schema = key ? propertySchema(objectSchema, key) : undefined;
    } else if (step.parent?.type === 'array') {
      if (schema.type === 'array') schema = itemSchema(schema);
    }
  }
  return schema ? { schema, key, objectSchema } : undefined;
}
