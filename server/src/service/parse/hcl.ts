/**
 * HCL (Terraform) text → a plain syntax tree with source offsets, read from tree-sitter's tree and
 * freed at once, so nothing holds WebAssembly memory. The model (model/terraform.ts) and the fix
 * editor (fixes/hcl-editor.ts) both read this tree; `hclValue` turns an HCL expression into the
 * format-neutral value tree (anything computed — variables, function calls, interpolations — is unknown).
 */
import type { Tree } from 'web-tree-sitter';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../model/nodes';
import type { SyntaxProblem } from './json';
import { parseHclTree } from './hcl-runtime';

export interface HclNode {
  type: string;
  start: number;
  end: number;
  /** False for punctuation and keywords (`=`, `{`, `<<-`). */
  named: boolean;
  children: HclNode[];
}

export interface HclParse {
  root: HclNode;
  syntaxErrors: SyntaxProblem[];
}

/** Nesting deeper than this is not read (the rest of the file still is). */
const MAX_DEPTH = 256;

/** The syntax tree of `text`, or undefined before the parser is loaded (see hcl-runtime.ts). */
export function parseHcl(text: string): HclParse | undefined {
  const tree = parseHclTree(text);
  if (!tree) return undefined;
  try {
    const syntaxErrors: SyntaxProblem[] = [];
    const root = copy(tree, syntaxErrors);
    return { root, syntaxErrors };
  } finally {
    tree.delete();
  }
}

/**
 * Copies the tree with one cursor walk (iterative: no recursion; a cursor reads each node once
 * instead of allocating a wrapper per child, which was most of the time on big modules).
 */
function copy(tree: Tree, errors: SyntaxProblem[]): HclNode {
  const cursor = tree.walk();
  try {
    const read = (): HclNode => {
      const node: HclNode = {
        type: cursor.nodeType,
        start: cursor.startIndex,
        end: cursor.endIndex,
        named: cursor.nodeIsNamed,
        children: [],
      };
      if (cursor.nodeIsMissing) errors.push({ offset: node.start, length: 0, message: `Missing ${node.type}` });
      else if (node.type === 'ERROR') errors.push({ offset: node.start, length: node.end - node.start, message: 'Syntax error' });
      return node;
    };
    const root = read();
    const path: HclNode[] = [root];
    for (;;) {
      const depth = path.length - 1;
      if (depth >= MAX_DEPTH) {
        const deep = path[depth];
        errors.push({ offset: deep.start, length: deep.end - deep.start, message: 'Nested too deeply to read' });
      } else if (cursor.gotoFirstChild()) {
        const child = read();
        path[depth].children.push(child);
        path.push(child);
        continue;
      }
      // No (more) children here: the next sibling, else climb until one has one.
      for (;;) {
        if (path.length === 1) return root;
        path.pop();
        if (cursor.gotoNextSibling()) {
          const sibling = read();
          path[path.length - 1].children.push(sibling);
          path.push(sibling);
          break;
        }
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}

export function named(node: HclNode): HclNode[] {
  return node.children.filter((c) => c.named && c.type !== 'comment');
}

export function firstOf(node: HclNode, type: string): HclNode | undefined {
  return node.children.find((c) => c.type === type);
}

/** The expression inside an `expression` wrapper (or the node itself), or undefined when it is computed. */
function term(node: HclNode): HclNode | undefined {
  if (node.type !== 'expression') return node;
  const parts = named(node);
  return parts.length === 1 && node.children.length === 1 ? parts[0] : undefined;
}

/** A string literal's value (escapes decoded), or undefined when it holds an interpolation or directive. */
export function stringLiteral(node: HclNode, text: string): string | undefined {
  const t = term(node);
  const lit = t?.type === 'literal_value' ? named(t)[0] : t;
  if (lit?.type !== 'string_lit') return undefined;
  const body = firstOf(lit, 'template_literal');
  return body ? unescapeHcl(text.slice(body.start, body.end)) : '';
}

/** The identifier of a bare name (`portMappings` as an object key), if `node` is one. */
export function bareName(node: HclNode, text: string): string | undefined {
  const t = term(node);
  if (t?.type !== 'variable_expr') return undefined;
  const id = named(t)[0];
  return id ? text.slice(id.start, id.end) : undefined;
}

export function unescapeHcl(s: string): string {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|\$\$\{|%%\{/g, (m, u4: string, u8: string, c: string) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (u4 || u8) return String.fromCodePoint(parseInt(u4 ?? u8, 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c] ?? m;
  });
}

const unknown = (node: HclNode, text: string): ValueNode => ({
  type: 'unknown',
  offset: node.start,
  length: node.end - node.start,
  text: text.slice(node.start, node.end),
});

/**
 * An HCL expression as a value: literals, tuples and objects are read; everything computed
 * (variables, locals, function calls, conditionals, `for`, interpolated strings, heredocs) is unknown.
 */
export function hclValue(node: HclNode, text: string): ValueNode {
  const t = term(node);
  if (!t) return unknown(node, text);
  const at = { offset: node.start, length: node.end - node.start };
  switch (t.type) {
    case 'literal_value': {
      const lit = named(t)[0];
      const src = text.slice(t.start, t.end);
      if (lit?.type === 'numeric_lit') {
        const n = /^[0-9]/.test(src) && !/^0x/i.test(src) ? Number(src) : NaN;
        return Number.isFinite(n) ? { type: 'number', ...at, value: n } : unknown(node, text);
      }
      if (lit?.type === 'bool_lit') return { type: 'boolean', ...at, value: src === 'true' };
      if (lit?.type === 'null_lit') return { type: 'null', ...at, value: null };
      const s = stringLiteral(t, text);
      return s === undefined ? unknown(node, text) : { type: 'string', ...at, value: s };
    }
    case 'collection_value': {
      const inner = named(t)[0];
      if (inner?.type === 'tuple') return tupleValue(inner, node, text);
      if (inner?.type === 'object') return objectValue(inner, node, text) ?? unknown(node, text);
      return unknown(node, text);
    }
    default:
      return unknown(node, text);
  }
}

function tupleValue(tuple: HclNode, node: HclNode, text: string): ArrayNode {
  const arr: ArrayNode = { type: 'array', offset: node.start, length: node.end - node.start, items: [] };
  for (const el of tuple.children) {
    if (el.type !== 'expression') continue;
    const item = hclValue(el, text);
    item.parent = arr;
    arr.items.push(item);
  }
  return arr;
}

/** An object constructor; undefined when a key is computed (the object's keys cannot be known). */
function objectValue(object: HclNode, node: HclNode, text: string): ObjectNode | undefined {
  const obj: ObjectNode = { type: 'object', offset: node.start, length: node.end - node.start, properties: [] };
  for (const el of object.children) {
    if (el.type !== 'object_elem') continue;
    const [keyNode, valueNode] = named(el);
    if (!keyNode) continue;
    const rawKey = bareName(keyNode, text) ?? stringLiteral(keyNode, text);
    if (rawKey === undefined) return undefined;
    const prop: PropertyNode = {
      type: 'property',
      key: rawKey,
      rawKey,
      keyOffset: keyNode.start,
      keyLength: keyNode.end - keyNode.start,
      offset: el.start,
      length: el.end - el.start,
      parent: obj,
    };
    if (valueNode && valueNode !== keyNode) {
      prop.value = hclValue(valueNode, text);
      prop.value.parent = prop;
    }
    obj.properties.push(prop);
  }
  return obj;
}
