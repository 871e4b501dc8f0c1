/**
 * JSON / JSONC (and JSON templates with unquoted placeholders) → the format-neutral value tree.
 * jsonc-parser is tolerant: a broken file still yields the parts that parse.
 */
import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../model/nodes';
import { containsPlaceholder, maskBarePlaceholders } from './placeholders';
import { type DepthCut, TOO_DEEP_MESSAGE } from './depth';

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface ParsedTree {
  root: ValueNode | undefined;
  syntaxErrors: SyntaxProblem[];
  /** The text the parser read: the source with bare placeholders masked (same length, same offsets). */
  maskedText: string;
}

export function parseJson(text: string): ParsedTree {
  const masked = maskBarePlaceholders(text);
  const bare = new Set([...masked.placeholders, ...masked.cuts].map((p) => p.offset));
  const errors: ParseError[] = [];
  const tree = parseTree(masked.text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const root = tree ? convert(tree, text, bare) : undefined;
  const syntaxErrors = errors.map((e) => ({ offset: e.offset, length: e.length, message: describeError(e.error) }));
  return { root, maskedText: masked.text, syntaxErrors: withDepthProblem(syntaxErrors, masked.cuts) };
}

/** Adds one problem for the first value nested too deep (parse/depth.ts), in offset order. */
export function withDepthProblem(errors: SyntaxProblem[], cuts: DepthCut[]): SyntaxProblem[] {
  if (cuts.length === 0) return errors;
  const at = cuts[0].offset;
  return [...errors, { offset: at, length: 1, message: TOO_DEEP_MESSAGE }].sort((a, b) => a.offset - b.offset);
}

function describeError(code: number): string {
  const name = printParseErrorCode(code);
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());
}

/** Single-key objects that are CloudFormation intrinsic functions in long form (`{"Ref": "X"}`). */
export const INTRINSIC_KEY = /^(Ref|Condition|Fn::[A-Za-z0-9]+)$/;

function convert(node: JsonNode, source: string, bare: Set<number>): ValueNode {
  const { offset, length } = node;
  switch (node.type) {
    case 'object': {
      const children = node.children ?? [];
      if (children.length === 1) {
        const keyNode = children[0].children?.[0];
        if (keyNode && typeof keyNode.value === 'string' && INTRINSIC_KEY.test(keyNode.value)) {
          return { type: 'unknown', offset, length, text: source.slice(offset, offset + length) };
        }
      }
      const obj: ObjectNode = { type: 'object', offset, length, properties: [] };
      for (const child of children) {
        const [keyNode, valueNode] = child.children ?? [];
        if (!keyNode) continue;
        const rawKey = String(keyNode.value ?? '');
        const prop: PropertyNode = {
          type: 'property',
          key: rawKey,
          rawKey,
          keyOffset: keyNode.offset,
          keyLength: keyNode.length,
          offset: child.offset,
          length: child.length,
          parent: obj,
        };
        if (valueNode) {
          prop.value = convert(valueNode, source, bare);
          prop.value.parent = prop;
        }
        obj.properties.push(prop);
      }
      return obj;
    }
    case 'array': {
      const arr: ArrayNode = { type: 'array', offset, length, items: [] };
      for (const child of node.children ?? []) {
        const item = convert(child, source, bare);
        item.parent = arr;
        arr.items.push(item);
      }
      return arr;
    }
    case 'string':
      if (bare.has(offset) || containsPlaceholder(node.value)) {
        return { type: 'unknown', offset, length, text: source.slice(offset, offset + length) };
      }
      return { type: 'string', offset, length, value: node.value };
    case 'number':
      return { type: 'number', offset, length, value: node.value };
    case 'boolean':
      return { type: 'boolean', offset, length, value: node.value };
    case 'null':
    default:
      return { type: 'null', offset, length, value: null };
  }
}
