/**
 * CloudFormation references inside one template: `!Ref X`, `!GetAtt X.Attr`, `{"Ref": "X"}`,
 * `{"Fn::GetAtt": ["X", "Attr"]}` and their YAML long forms. The parsers turn intrinsics into
 * unknown nodes that keep their source text; this reads the logical id back out of that text.
 * Anything else (`!Sub`, `!If`, `Fn::ImportValue`, a literal ARN) is not a reference: undefined.
 */
import type { ValueNode } from '../model/nodes';

export interface Reference {
  /** Logical id of the resource (or parameter) referred to. */
  id: string;
  /** The GetAtt attribute, when it is one. */
  attr?: string;
}

const ID = '([A-Za-z0-9]+)';
const ATTR = '([A-Za-z0-9.]+)';
const FORMS: RegExp[] = [
  `^!Ref ${ID}$`,
  `^\\{Ref:${ID}\\}$`,
  `^Ref:${ID}$`,
  `^!GetAtt ${ID}\\.${ATTR}$`,
  `^!GetAtt ?\\[${ID},${ATTR}\\]$`,
  `^!GetAtt - ${ID} - ${ATTR}$`,
  `^\\{Fn::GetAtt:\\[${ID},${ATTR}\\]\\}$`,
  `^\\{Fn::GetAtt:${ID}\\.${ATTR}\\}$`,
  `^Fn::GetAtt:\\[${ID},${ATTR}\\]$`,
  `^Fn::GetAtt:- ${ID} - ${ATTR}$`,
  `^Fn::GetAtt:${ID}\\.${ATTR}$`,
].map((f) => new RegExp(f));

/**
 * The resource a value refers to, when it is a plain Ref or GetAtt. `source`, the document text,
 * finds a short-form tag the value's range leaves out (YAML flow items: `[!Ref A, !Ref B]`).
 */
export function referenceOf(node: ValueNode | undefined, source?: string): Reference | undefined {
  if (node?.type !== 'unknown') return undefined;
  let raw = node.text;
  if (source && !/^\s*[!{]|^\s*(Ref|Fn::)/.test(raw)) {
    const tag = /(!Ref|!GetAtt)\s+$/.exec(source.slice(Math.max(0, node.offset - 16), node.offset));
    if (tag) raw = `${tag[1]} ${raw}`;
  }
  // One spelling for all forms: no quotes, single spaces, none around brackets, commas and `: `.
  const text = raw
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?([[\]{},]) ?/g, '$1')
    .replace(/: /g, ':');
  for (const form of FORMS) {
    const m = form.exec(text);
    if (m) return m[2] ? { id: m[1], attr: m[2] } : { id: m[1] };
  }
  return undefined;
}
