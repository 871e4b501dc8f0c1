/**
 * The format-neutral value tree every parser (JSON, YAML) produces.
 * Nodes keep source offsets; property keys are normalised to the ECS API's camelCase
 * (`key`) while `rawKey` keeps what the file says. Values that cannot be known statically
 * (template placeholders, CloudFormation intrinsics) are `unknown` nodes.
 */

export type PathSegment = string | number;
export type Path = PathSegment[];

interface BaseNode {
  /** Offset of the first character of the value in the source text. */
  offset: number;
  /** Length of the value's source text. */
  length: number;
  /** The property or array holding this value (undefined for the root). */
  parent?: PropertyNode | ArrayNode;
}

export interface ObjectNode extends BaseNode {
  type: 'object';
  properties: PropertyNode[];
}

export interface ArrayNode extends BaseNode {
  type: 'array';
  items: ValueNode[];
}

export interface StringNode extends BaseNode {
  type: 'string';
  value: string;
}

export interface NumberNode extends BaseNode {
  type: 'number';
  value: number;
}

export interface BooleanNode extends BaseNode {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends BaseNode {
  type: 'null';
  value: null;
}

/** A value whose content cannot be known statically: `${X}`, `{{ x }}`, `<X>`, `!Ref X`, `{"Fn::If": …}`. */
export interface UnknownNode extends BaseNode {
  type: 'unknown';
  /** The source text of the value (for messages and hovers). */
  text: string;
}

export type ScalarNode = StringNode | NumberNode | BooleanNode | NullNode;
export type ValueNode = ObjectNode | ArrayNode | ScalarNode | UnknownNode;

export interface PropertyNode {
  type: 'property';
  /** API (camelCase) spelling of the key when the file spells it the format's way; else the raw key. */
  key: string;
  /** The key as written in the file. */
  rawKey: string;
  /**
   * `foreign`: the file spells the key in a way its format does not accept (`hostPort` in
   * CloudFormation, which wants `HostPort`). `key` is then the raw key and names no API field:
   * rules that read API keys skip the property (`isApiKey`), unknown-property reports it.
   */
  spelling?: 'foreign';
  keyOffset: number;
  keyLength: number;
  /** Offset/length of the whole `key: value` member. */
  offset: number;
  length: number;
  /** Missing while the user is still typing (`"hostPort":` with no value yet). */
  value?: ValueNode;
  parent: ObjectNode;
}

export type AnyNode = ValueNode | PropertyNode;

/** True when `prop` is the API field `key` (a foreign spelling of it is not). */
export function isApiKey(prop: PropertyNode, key: string): boolean {
  return prop.key === key && prop.spelling !== 'foreign';
}

/** Property of `obj` whose normalised key is `key` (the first one, if a key repeats; foreign spellings never). */
export function getProperty(obj: ObjectNode | undefined, key: string): PropertyNode | undefined {
  if (!obj) return undefined;
  for (const p of obj.properties) if (isApiKey(p, key)) return p;
  return undefined;
}

/** Value of `obj[key]`, if present. */
export function get(obj: ObjectNode | undefined, key: string): ValueNode | undefined {
  return getProperty(obj, key)?.value;
}

export function asObject(node: ValueNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asArray(node: ValueNode | undefined): ArrayNode | undefined {
  return node?.type === 'array' ? node : undefined;
}

/** The string value, or undefined when absent, unknown or not a string. */
export function stringValue(node: ValueNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

/** The integer value, or undefined when absent, unknown, not a number or not an integer. */
export function integerValue(node: ValueNode | undefined): number | undefined {
  return node?.type === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}

export function booleanValue(node: ValueNode | undefined): boolean | undefined {
  return node?.type === 'boolean' ? node.value : undefined;
}

/**
 * The value when it counts as actually using the field: not null, not an empty string or array,
 * not false, not unknown (a placeholder). With `type`, only a value of that type counts.
 */
export function usedValue(node: ValueNode | undefined): ValueNode | undefined;
export function usedValue<T extends ValueNode['type']>(node: ValueNode | undefined, type: T): Extract<ValueNode, { type: T }> | undefined;
export function usedValue(node: ValueNode | undefined, type?: ValueNode['type']): ValueNode | undefined {
  if (!node || (type && node.type !== type)) return undefined;
  switch (node.type) {
    case 'array':
      return node.items.length > 0 ? node : undefined;
    case 'string':
      return node.value !== '' ? node : undefined;
    case 'boolean':
      return node.value ? node : undefined;
    case 'object':
    case 'number':
      return node;
    default:
      return undefined; // null, unknown
  }
}

/** True when the value is present but unknowable, so rules that need it must stay silent. */
export function isUnknown(node: ValueNode | undefined): boolean {
  return node?.type === 'unknown';
}

/** Path of raw keys / indices from the document root to `node`. */
export function pathOf(node: AnyNode): Path {
  const path: Path = [];
  let cur: AnyNode | undefined = node;
  while (cur) {
    if (cur.type === 'property') {
      path.push(cur.rawKey);
      cur = cur.parent;
      continue;
    }
    const parent: PropertyNode | ArrayNode | undefined = cur.parent;
    if (!parent) break;
    if (parent.type === 'array') path.push(parent.items.indexOf(cur));
    cur = parent;
  }
  return path.reverse();
}

/** The object that holds `node` as a property value or array item (skipping arrays). */
export function owningObject(node: ValueNode): ObjectNode | undefined {
  let cur: PropertyNode | ArrayNode | undefined = node.parent;
  while (cur && cur.type === 'array') cur = cur.parent;
  return cur?.type === 'property' ? cur.parent : undefined;
}

/** Deepest node whose source span contains `offset` (keys count as their property). */
export function nodeAt(root: ValueNode, offset: number, includeEnd = true): AnyNode | undefined {
  const inside = (start: number, len: number) => offset >= start && (includeEnd ? offset <= start + len : offset < start + len);
  const visit = (node: ValueNode): AnyNode | undefined => {
    if (!inside(node.offset, node.length)) return undefined;
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (!inside(p.offset, p.length)) continue;
        if (p.value && inside(p.value.offset, p.value.length) && offset > p.keyOffset + p.keyLength - (includeEnd ? 1 : 0)) {
          return visit(p.value) ?? p;
        }
        return p;
      }
    } else if (node.type === 'array') {
      for (const item of node.items) {
        const hit = visit(item);
        if (hit) return hit;
      }
    }
    return node;
  };
  return visit(root);
}
