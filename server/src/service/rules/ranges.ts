/** Source ranges rules report on. */
import type { AnyNode, PropertyNode, ValueNode } from '../model/nodes';
import type { SourceRange } from './types';

export function keyRange(prop: PropertyNode): SourceRange {
  return { offset: prop.keyOffset, length: prop.keyLength };
}

export function valueRange(node: ValueNode): SourceRange {
  return { offset: node.offset, length: node.length };
}

/** The value when present, else the key. */
export function propRange(prop: PropertyNode): SourceRange {
  return prop.value ? valueRange(prop.value) : keyRange(prop);
}

export function nodeRange(node: AnyNode): SourceRange {
  return node.type === 'property' ? keyRange(node) : valueRange(node);
}
