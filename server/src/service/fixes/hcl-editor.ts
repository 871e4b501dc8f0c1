/**
 * Applies declarative fix edits to Terraform (.tf) text in place. The path's first segment names the
 * resource (`aws_ecs_task_definition.<name>`, or a service or target group: model/terraform-resources.ts);
 * API keys at the task resource's level are mapped back to the argument and block names (model/terraform.ts). Inside `jsonencode(…)` the edit changes the HCL object
 * or tuple; inside a heredoc it is handed to the JSON editor on the heredoc's body. Only the touched
 * element changes: comments, indentation and `=` alignment of everything else stay as they are.
 */
import { applyJsonEdits } from './json-editor';
import { type HclNode, bareName, firstOf, named, parseHcl, stringLiteral } from '../parse/hcl';
import { TERRAFORM_TASK_SPEC, TERRAFORM_TASK_TYPE, type TerraformBlockSpec, terraformName } from '../model/terraform';
import { TERRAFORM_RESOURCE_SPECS } from '../model/terraform-resources';
import type { FixEdit } from '../rules/types';

interface Replace {
  offset: number;
  length: number;
  content: string;
}

export function applyHclEdits(text: string, edits: FixEdit[]): string | undefined {
  let current = text;
  for (const edit of edits) {
    const next = applyOne(current, edit);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

function applyOne(text: string, edit: FixEdit): string | undefined {
  const parsed = parseHcl(text);
  if (!parsed) return undefined;
  const at = locate(text, parsed.root, edit.path);
  if (!at) return undefined;
  if (at.kind === 'json') {
    const body = text.slice(at.start, at.end);
    const out = applyJsonEdits(body, [{ ...edit, path: at.rest } as FixEdit]);
    return out === undefined ? undefined : text.slice(0, at.start) + out + text.slice(at.end);
  }
  const r = toReplace(text, at, edit);
  return r ? text.slice(0, r.offset) + r.content + text.slice(r.offset + r.length) : undefined;
}

type Located =
  | { kind: 'json'; start: number; end: number; rest: (string | number)[] }
  | { kind: 'block'; block: HclNode; spec: TerraformBlockSpec; member?: HclNode }
  | { kind: 'blocks'; blocks: HclNode[] }
  | { kind: 'expr'; node: HclNode; member?: HclNode; key?: HclNode };

const text$ = (text: string, n: HclNode) => text.slice(n.start, n.end);
const identifierOf = (text: string, n: HclNode) => {
  const id = firstOf(n, 'identifier');
  return id ? text$(text, id) : undefined;
};

function locate(text: string, root: HclNode, path: (string | number)[]): Located | undefined {
  const [resource, ...rest] = path;
  if (typeof resource !== 'string') return undefined;
  const dot = resource.indexOf('.');
  const type = resource.slice(0, dot);
  const name = resource.slice(dot + 1);
  const spec =
    type === TERRAFORM_TASK_TYPE
      ? TERRAFORM_TASK_SPEC
      : Object.hasOwn(TERRAFORM_RESOURCE_SPECS, type)
        ? TERRAFORM_RESOURCE_SPECS[type]
        : undefined;
  if (dot < 0 || !spec) return undefined;
  const block = (firstOf(root, 'body')?.children ?? []).find((b) => {
    if (b.type !== 'block' || identifierOf(text, b) !== 'resource') return false;
    const labels = b.children.filter((c) => c.type === 'string_lit');
    return labels.length === 2 && stringLiteral(labels[0], text) === type && stringLiteral(labels[1], text) === name;
  });
  if (!block) return undefined;
  let cur: Located = { kind: 'block', block, spec, member: block };
  for (let i = 0; i < rest.length; i++) {
    const seg = rest[i];
    const next = step(text, cur, seg, rest.slice(i + 1));
    if (!next) return undefined;
    if (next.kind === 'json') return next;
    cur = next;
  }
  return cur;
}

function step(text: string, cur: Located, seg: string | number, after: (string | number)[]): Located | undefined {
  if (cur.kind === 'blocks')
    return typeof seg === 'number' && cur.blocks[seg]
      ? { kind: 'block', block: cur.blocks[seg], spec: blockSpecOf(cur), member: cur.blocks[seg] }
      : undefined;
  if (cur.kind === 'block') {
    if (typeof seg !== 'string') return undefined;
    const tf = terraformName(seg, cur.spec);
    if (!tf) return undefined;
    const items = firstOf(cur.block, 'body')?.children ?? [];
    if (tf.block) {
      const blocks = items.filter((b) => b.type === 'block' && identifierOf(text, b) === tf.name);
      if (tf.block.list) return blocks.length ? Object.assign({ kind: 'blocks' as const, blocks }, { spec: tf.block }) : undefined;
      return blocks[0] ? { kind: 'block', block: blocks[0], spec: tf.block, member: blocks[0] } : undefined;
    }
    const attr = items.find((a) => a.type === 'attribute' && identifierOf(text, a) === tf.name);
    const expr = attr ? named(attr)[1] : undefined;
    if (!attr || !expr) return undefined;
    if (tf.name === 'container_definitions') return containerDefinitions(text, attr, expr, after);
    return { kind: 'expr', node: expr, member: attr };
  }
  if (cur.kind !== 'expr') return undefined;
  const collection = inner(cur.node, 'collection_value');
  const coll = collection ? named(collection)[0] : undefined;
  if (typeof seg === 'number') {
    if (coll?.type !== 'tuple') return undefined;
    const el = coll.children.filter((c) => c.type === 'expression')[seg];
    return el ? { kind: 'expr', node: el, member: el } : undefined;
  }
  if (coll?.type !== 'object') return undefined;
  for (const el of coll.children) {
    if (el.type !== 'object_elem') continue;
    const [k, v] = named(el);
    if (!k || !v || k === v) continue;
    if ((bareName(k, text) ?? stringLiteral(k, text)) === seg) return { kind: 'expr', node: v, member: el, key: k };
  }
  return undefined;
}

function blockSpecOf(cur: Located): TerraformBlockSpec {
  return (cur as unknown as { spec: TerraformBlockSpec }).spec;
}

/** The single term of an `expression` node when it is of `type`. */
function inner(expr: HclNode, type: string): HclNode | undefined {
  const parts = named(expr);
  return parts.length === 1 && expr.children.length === 1 && parts[0].type === type ? parts[0] : undefined;
}

function containerDefinitions(text: string, attr: HclNode, expr: HclNode, after: (string | number)[]): Located | undefined {
  const call = inner(expr, 'function_call');
  if (call) {
    const args = named(firstOf(call, 'function_arguments') ?? call).filter((a) => a.type === 'expression');
    if (identifierOf(text, call) !== 'jsonencode' || args.length !== 1) return undefined;
    return { kind: 'expr', node: args[0], member: attr };
  }
  const heredoc = inner(expr, 'template_expr')?.children.find((c) => c.type === 'heredoc_template');
  const ids = heredoc?.children.filter((c) => c.type === 'heredoc_identifier') ?? [];
  if (ids.length < 2) return undefined;
  const nl = text.indexOf('\n', ids[0].end);
  const end = text.lastIndexOf('\n', ids[1].start) + 1;
  if (nl < 0 || end <= nl) return undefined;
  return { kind: 'json', start: nl + 1, end, rest: after };
}

function toReplace(text: string, at: Located, edit: FixEdit): Replace | undefined {
  switch (edit.op) {
    case 'remove': {
      // A repeated block stands for a list: removing the list removes its one block (several: not offered).
      const member =
        at.kind === 'expr' || at.kind === 'block' ? at.member : at.kind === 'blocks' && at.blocks.length === 1 ? at.blocks[0] : undefined;
      return member ? removeMember(text, member) : undefined;
    }
    case 'set':
      if (at.kind !== 'expr') return undefined;
      return { offset: at.node.start, length: at.node.end - at.node.start, content: renderHcl(edit.value) };
    case 'rename': {
      if (at.kind !== 'expr' || !at.key) return undefined;
      const quoted = text[at.key.start] === '"';
      return { offset: at.key.start, length: at.key.end - at.key.start, content: renderKey(edit.newKey, quoted) };
    }
    case 'insert':
      if (at.kind === 'block') return insertInBlock(text, at.block, at.spec, edit.key, edit.value, edit.after ?? []);
      if (at.kind === 'expr') return insertInObject(text, at.node, edit.key, edit.value, edit.after ?? []);
      return undefined;
    case 'unwrap':
      return undefined;
  }
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}
const indentAt = (text: string, offset: number) => /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Removes an attribute, block, object element or tuple element: its whole line(s) when it stands alone. */
function removeMember(text: string, member: HclNode): Replace {
  const start = lineStart(text, member.start);
  const before = text.slice(start, member.start);
  let end = member.end;
  const tail = /^[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\r\n]*)?/.exec(text.slice(end))![0];
  const rest = text.slice(end + tail.length);
  if (/^[ \t]*$/.test(before) && (rest === '' || /^\r?\n/.test(rest))) {
    end = lineEnd(text, end + tail.length);
    if (end < text.length) end += 1;
    // Between two blank lines (a block set apart), one of them goes too.
    const blankAfter = /^[ \t]*\r?\n/.exec(text.slice(end));
    if (blankAfter && /(^|\n)[ \t]*\r?\n$/.test(text.slice(Math.max(0, start - 80), start))) end += blankAfter[0].length;
    return { offset: start, length: end - start, content: '' };
  }
  // Inline: `{ containerPort = 80, hostPort = 8080 }` — take the comma after it, else the one before.
  const after = /^\s*,[ \t]*/.exec(text.slice(member.end));
  if (after) return { offset: member.start, length: member.end + after[0].length - member.start, content: '' };
  let i = member.start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (text[i - 1] === ',') return { offset: i - 1, length: member.end - i + 1, content: '' };
  return { offset: member.start, length: member.end - member.start, content: '' };
}

function renderKey(key: string, quoted: boolean): string {
  return quoted || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? JSON.stringify(key) : key;
}

/** A value as an HCL expression (strings escape `${` and `%{` so Terraform reads them literally). */
export function renderHcl(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(renderHcl).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length ? `{ ${entries.map(([k, v]) => `${renderKey(k, false)} = ${renderHcl(v)}`).join(', ')} }` : '{}';
}

/** `key = value` padded so its `=` lines up with the anchor's when the anchor's is aligned. */
function assignment(text: string, keyText: string, value: string, anchor: HclNode | undefined, keyNode: HclNode | undefined): string {
  let pad = ' ';
  if (anchor && keyNode) {
    const eq = text.indexOf('=', keyNode.end);
    const width = eq - keyNode.start;
    if (eq > 0 && eq - keyNode.end > 1 && keyText.length < width) pad = ' '.repeat(width - keyText.length);
  }
  return `${keyText}${pad}= ${value}`;
}

function insertInBlock(
  text: string,
  block: HclNode,
  spec: TerraformBlockSpec,
  key: string,
  value: unknown,
  after: string[],
): Replace | undefined {
  const tf = terraformName(key, spec);
  if (!tf || tf.block) return undefined;
  const items = firstOf(block, 'body')?.children.filter((c) => c.named && c.type !== 'comment') ?? [];
  let anchor: HclNode | undefined;
  for (const k of after) {
    const name = terraformName(k, spec)?.name;
    anchor = name ? items.find((a) => identifierOf(text, a) === name) : undefined;
    if (anchor) break;
  }
  const eol = eolOf(text);
  const attrs = items.filter((a) => a.type === 'attribute');
  anchor ??= attrs[attrs.length - 1];
  const closeAt = firstOf(block, 'block_end')?.start ?? block.end - 1;
  const indent = anchor ? indentAt(text, anchor.start) : `${indentAt(text, block.start)}  `;
  const line =
    indent + assignment(text, tf.name, renderHcl(value), anchor, anchor?.type === 'attribute' ? firstOf(anchor, 'identifier') : undefined);
  if (anchor) {
    const end = lineEnd(text, anchor.end);
    return { offset: end, length: 0, content: eol + line };
  }
  const at = lineStart(text, closeAt);
  if (/^[ \t]*$/.test(text.slice(at, closeAt)) && at > block.start) return { offset: at, length: 0, content: line + eol };
  return { offset: closeAt, length: 0, content: eol + line + eol + indentAt(text, block.start) };
}

function insertInObject(text: string, expr: HclNode, key: string, value: unknown, after: string[]): Replace | undefined {
  const collection = inner(expr, 'collection_value');
  const object = collection ? named(collection)[0] : undefined;
  if (object?.type !== 'object') return undefined;
  const elems = object.children.filter((c) => c.type === 'object_elem');
  const keyOf = (el: HclNode) => {
    const k = named(el)[0];
    return k ? (bareName(k, text) ?? stringLiteral(k, text)) : undefined;
  };
  let anchor: HclNode | undefined;
  for (const k of after) if ((anchor = elems.find((e) => keyOf(e) === k))) break;
  anchor ??= elems[elems.length - 1];
  const anchorKey = anchor ? named(anchor)[0] : undefined;
  const quoted = anchorKey ? text[anchorKey.start] === '"' : false;
  const entry = assignment(text, renderKey(key, quoted), renderHcl(value), anchor, anchorKey);
  const close = firstOf(object, 'object_end')!;
  const multiLine = text.slice(object.start, object.end).includes('\n');
  if (!anchor) {
    if (!multiLine) return { offset: object.start + 1, length: close.start - object.start - 1, content: ` ${entry} ` };
    return {
      offset: close.start,
      length: 0,
      content: `${eolOf(text)}${indentAt(text, object.start)}  ${entry}${eolOf(text)}${indentAt(text, close.start)}`.replace(
        /[ \t]+(\r?\n)/,
        '$1',
      ),
    };
  }
  const comma = /^[ \t]*,/.exec(text.slice(anchor.end));
  const sameLineAsNext =
    !multiLine || (elems.length > 1 && elems.some((e) => e !== anchor && lineStart(text, e.start) === lineStart(text, anchor!.start)));
  if (sameLineAsNext) {
    if (comma) return { offset: anchor.end + comma[0].length, length: 0, content: ` ${entry},` };
    return { offset: anchor.end, length: 0, content: `, ${entry}` };
  }
  const at = comma ? anchor.end + comma[0].length : anchor.end;
  return { offset: at, length: 0, content: `${eolOf(text)}${indentAt(text, anchor.start)}${entry}${comma ? ',' : ''}` };
}
