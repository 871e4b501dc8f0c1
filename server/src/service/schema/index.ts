/**
 * The ECS task-definition schema (schemas/ecs-task-definition.schema.json, JSON Schema draft-07) as
 * the core reads it: the source of truth for field names, types, enums, bounds and the own-words
 * descriptions hover and completion show.
 *
 * Small API:
 * - `taskSchema` / `containerSchema`: the RegisterTaskDefinition input and one container definition.
 * - `resolve(s)`: follows `$ref` (and the `allOf: [{$ref}]` wrapper that keeps a property's own
 *   description next to a reference); every other function returns resolved schemas.
 * - `propertySchemas(obj)`, `propertySchema(obj, key)`, `itemSchema(arr)`, `isMapSchema(s)`.
 * - `schemaForPath(['containerDefinitions', 0, 'portMappings', 0, 'protocol'])` (API camelCase keys;
 *   numbers step into array items, any key steps into a map's values).
 * - `keyFor(obj, rawKey, style)` / `spellKey(apiKey, style, obj)`: a key as written ↔ the API key
 *   in the object `obj`, CloudFormation spellings included (`EFSVolumeConfiguration`, `FilesystemId`,
 *   `IAM`, …: the schema's `x-cfnName`, read by model/cloudformation.ts, home of `spellKey`).
 * - `describe(schema, key)`: markdown for hovers and completion items.
 * The walker rules use is in ./walk.ts.
 */
import rawSchema from '../../../../schemas/ecs-task-definition.schema.json';
import { type KeyStyle, spellKey } from '../model/cloudformation';

export { type KeyStyle, spellKey };

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'boolean';

export interface JsonSchema {
  type?: SchemaType;
  description?: string;
  /** Link to the AWS API reference for this field. */
  'x-docUrl'?: string;
  /** CloudFormation property name when it is not simply the API name with a capital first letter. */
  'x-cfnName'?: string;
  deprecationMessage?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  allOf?: JsonSchema[];
}

const root = rawSchema as unknown as JsonSchema & { definitions: Record<string, JsonSchema> };
const resolved = new WeakMap<JsonSchema, JsonSchema>();

/** The schema itself, or what its `$ref` (directly or as the only `allOf` entry) points to. */
export function resolve(schema: JsonSchema): JsonSchema {
  const cached = resolved.get(schema);
  if (cached) return cached;
  let out = schema;
  const ref = schema.$ref ?? (schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined);
  if (ref?.startsWith('#/definitions/')) {
    const target = root.definitions[ref.slice('#/definitions/'.length)];
    if (target) {
      // The property's own description and link win over the referenced type's.
      const { $ref: _r, allOf: _a, ...own } = schema;
      void _r;
      void _a;
      out = { ...resolve(target), ...own };
    }
  }
  resolved.set(schema, out);
  return out;
}

/** The RegisterTaskDefinition input (the task object). */
export const taskSchema: JsonSchema = resolve(root);
/** One element of `containerDefinitions`. */
export const containerSchema: JsonSchema = resolve(root.definitions.ContainerDefinition);

/** True for objects whose keys are the user's own data (dockerLabels, log options, driverOpts, …). */
export function isMapSchema(schema: JsonSchema | undefined): boolean {
  return !!schema && schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object';
}

/** The resolved schemas of an object schema's properties, by API key (empty for other schemas). */
export function propertySchemas(objectSchema: JsonSchema | undefined): Record<string, JsonSchema> {
  const props = objectSchema?.properties;
  if (!props) return {};
  const out: Record<string, JsonSchema> = {};
  for (const [k, s] of Object.entries(props)) out[k] = resolve(s);
  return out;
}

export function propertySchema(objectSchema: JsonSchema | undefined, apiKey: string): JsonSchema | undefined {
  const s =
    objectSchema?.properties && Object.prototype.hasOwnProperty.call(objectSchema.properties, apiKey)
      ? objectSchema.properties[apiKey]
      : undefined;
  return s ? resolve(s) : undefined;
}

/** Schema of an array's items, or of a map's values. */
export function itemSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.type === 'array' && schema.items) return resolve(schema.items);
  if (isMapSchema(schema)) return resolve(schema.additionalProperties as JsonSchema);
  return undefined;
}

/** Keys an object schema requires (API spelling). */
export function requiredKeys(objectSchema: JsonSchema | undefined): string[] {
  return objectSchema?.required ?? [];
}

/** Schema at an API path below `from` (the task object by default); undefined where the schema ends. */
export function schemaForPath(apiPath: readonly (string | number)[], from: JsonSchema = taskSchema): JsonSchema | undefined {
  let cur: JsonSchema | undefined = from;
  for (const seg of apiPath) {
    if (!cur) return undefined;
    if (typeof seg === 'number' || seg === '[]') cur = cur.type === 'array' ? itemSchema(cur) : undefined;
    else cur = isMapSchema(cur) ? itemSchema(cur) : propertySchema(cur, seg);
  }
  return cur;
}

const spellings = new WeakMap<JsonSchema, Map<string, string>>();

/** The API key a key written as `rawKey` stands for in `objectSchema`, or undefined if the schema lacks it. */
export function keyFor(objectSchema: JsonSchema | undefined, rawKey: string, style: KeyStyle): string | undefined {
  if (!objectSchema?.properties) return undefined;
  if (style === 'camel') return Object.prototype.hasOwnProperty.call(objectSchema.properties, rawKey) ? rawKey : undefined;
  let map = spellings.get(objectSchema);
  if (!map) {
    map = new Map();
    for (const k of Object.keys(objectSchema.properties)) map.set(spellKey(k, 'pascal', objectSchema), k);
    spellings.set(objectSchema, map);
  }
  return map.get(rawKey);
}

/** Short type text: `string`, `integer`, `array of PortMapping`, `map of string`, … */
export function typeLabel(schema: JsonSchema): string {
  if (isMapSchema(schema)) return `map of ${typeLabel(itemSchema(schema)!)}`;
  if (schema.type === 'array' && schema.items) {
    const ref = schema.items.$ref;
    return `array of ${ref ? ref.slice(ref.lastIndexOf('/') + 1) : typeLabel(resolve(schema.items))}`;
  }
  return schema.type ?? 'any';
}

/** Markdown for a hover or a completion item: key, type, allowed values, bounds, description, AWS link. */
export function describe(schema: JsonSchema, key?: string): string {
  const head: string[] = [];
  if (key) head.push(`**${key}**`);
  head.push(typeLabel(schema));
  const facts: string[] = [];
  const values = schema.enum ?? (schema.type === 'array' ? itemSchema(schema)?.enum : undefined);
  if (values) facts.push(`one of ${values.map((v) => `\`${v}\``).join(', ')}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) facts.push(`${schema.minimum ?? '…'}–${schema.maximum ?? '…'}`);
  if (schema.maxItems !== undefined) facts.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) facts.push(`default \`${JSON.stringify(schema.default)}\``);
  if (schema.pattern) facts.push(`pattern \`${schema.pattern}\``);
  const parts = [[...head, ...facts].join(' · ')];
  if (schema.deprecationMessage) parts.push(`*Deprecated:* ${schema.deprecationMessage}`);
  if (schema.description) parts.push(schema.description);
  if (schema['x-docUrl']) parts.push(`[AWS documentation](${schema['x-docUrl']})`);
  return parts.join('\n\n');
}

let owners: Map<string, string[]> | undefined;

/**
 * Names of the object types (schema definitions, `RegisterTaskDefinition` for the task itself)
 * that have a property `apiKey`: where a key written in the wrong place belongs.
 */
export function fieldOwners(apiKey: string): string[] {
  if (!owners) {
    owners = new Map();
    const add = (k: string, owner: string) => owners!.set(k, [...(owners!.get(k) ?? []), owner]);
    for (const k of Object.keys(root.properties ?? {})) add(k, 'RegisterTaskDefinition');
    for (const [name, def] of Object.entries(root.definitions)) for (const k of Object.keys(def.properties ?? {})) add(k, name);
  }
  return owners.get(apiKey) ?? [];
}
