/**
 * Applies declarative fix edits to JSON text with jsonc-parser's `modify`, so only the touched
 * member changes and comments, formatting and key order stay. Unquoted template placeholders are
 * masked for the parser and every edit is applied to both texts at the same offsets.
 */
import { type Edit, type FormattingOptions, type Node as JsonNode, applyEdits, findNodeAtLocation, parseTree } from 'jsonc-parser';
import { insertProperty, removeMember } from './json-members';
import { maskBarePlaceholders } from '../parse/placeholders';
import type { FixEdit } from '../rules/types';

export function applyJsonEdits(text: string, edits: FixEdit[]): string | undefined {
  let original = text;
  let masked = maskBarePlaceholders(text).text;
  for (const edit of edits) {
    const jsonEdits = toJsonEdits(masked, edit);
    if (!jsonEdits) return undefined;
    original = applyEdits(original, jsonEdits);
    masked = applyEdits(masked, jsonEdits);
  }
  return original;
}

export function detectFormatting(text: string): FormattingOptions {
  const m = /\n([ \t]+)["}\]]/.exec(text);
  const indent = m ? m[1] : '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  // The innermost indentation step: the smallest run of leading spaces in the file.
  let min = indent.length;
  for (const mm of text.matchAll(/\n( +)["{[]/g)) min = Math.min(min, mm[1].length);
  return { insertSpaces: true, tabSize: Math.max(1, Math.min(min, 8)), eol };
}

function toJsonEdits(text: string, edit: FixEdit): Edit[] | undefined {
  const formattingOptions = detectFormatting(text);
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (!root) return undefined;
  switch (edit.op) {
    case 'remove': {
      const value = findNodeAtLocation(root, edit.path);
      const member = value?.parent?.type === 'property' ? value.parent : value;
      const container = member?.parent;
      if (!member || !container) return undefined;
      return removeMember(text, container, member);
    }
    case 'set': {
      const node = findNodeAtLocation(root, edit.path);
      if (!node) return undefined;
      return [{ offset: node.offset, length: node.length, content: JSON.stringify(edit.value) }];
    }
    case 'insert': {
      const parent = findNodeAtLocation(root, edit.path);
      if (!parent || parent.type !== 'object') return undefined;
      const keys = (parent.children ?? []).map((c) => String(c.children?.[0]?.value));
      let index = keys.length;
      for (const after of edit.after ?? []) {
        const i = keys.indexOf(after);
        if (i >= 0) {
          index = i + 1;
          break;
        }
      }
      return insertProperty(text, parent, index, edit.key, edit.value, formattingOptions.eol ?? '\n');
    }
    case 'rename': {
      const prop = propertyAt(root, edit.path);
      const key = prop?.children?.[0];
      if (!key) return undefined;
      return [{ offset: key.offset, length: key.length, content: JSON.stringify(edit.newKey) }];
    }
    case 'unwrap':
      return unwrap(text, root, edit.path);
  }
}

function propertyAt(root: JsonNode, path: (string | number)[]): JsonNode | undefined {
  const value = findNodeAtLocation(root, path);
  return value?.parent?.type === 'property' ? value.parent : undefined;
}

/**
 * Replaces the whole document with the object at `path`, de-indented by one level. A non-empty
 * sibling `tags` array (describe-task-definition `--include TAGS` output) moves into the object,
 * since `tags` is a register input; an empty one is dropped with the rest of the wrapper.
 */
function unwrap(text: string, root: JsonNode, path: (string | number)[]): Edit[] | undefined {
  const inner = findNodeAtLocation(root, path);
  if (!inner || inner.type !== 'object') return undefined;
  const step = detectFormatting(text);
  const eol = step.eol ?? '\n';
  const lineIndent = (offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lead = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    return { lead, startsLine: lineStart + lead.length === offset };
  };
  const innerEnd = inner.offset + inner.length;
  let body = text.slice(inner.offset, innerEnd);

  const keyOf = (prop: JsonNode) => prop.children?.[0]?.value;
  const members = inner.children ?? [];
  const wrapperProp = inner.parent?.type === 'property' ? inner.parent : undefined;
  const tags = wrapperProp?.parent?.children?.find((p) => p !== wrapperProp && keyOf(p) === 'tags');
  const tagsValue = tags?.children?.[1];
  const last = members[members.length - 1];
  if (tags && tagsValue?.type === 'array' && (tagsValue.children?.length ?? 0) > 0 && last && !members.some((p) => keyOf(p) === 'tags')) {
    // Insert after the last member (and its trailing comma, if any), re-indented to the members' level.
    const lastEnd = last.offset + last.length;
    const rest = text.slice(lastEnd, innerEnd);
    const trailingComma = /^\s*,/.exec(rest);
    const at = lastEnd + (trailingComma ? trailingComma[0].length : 0) - inner.offset;
    const memberIndent = lineIndent(last.offset);
    const tagsIndent = lineIndent(tags.offset);
    let tagsText = text.slice(tags.offset, tags.offset + tags.length);
    if (tagsIndent.startsLine) {
      tagsText = tagsText
        .split(/\r?\n/)
        .map((l, i) => (i > 0 && l.startsWith(tagsIndent.lead) ? memberIndent.lead + l.slice(tagsIndent.lead.length) : l))
        .join(eol);
    }
    const sep = memberIndent.startsLine ? `${eol}${memberIndent.lead}` : ' ';
    body = body.slice(0, at) + (trailingComma ? '' : ',') + sep + tagsText + (trailingComma ? ',' : '') + body.slice(at);
  }

  // One level out: the indentation of the object's closing brace when it starts a line (the
  // wrapper's key level), else that of the line the object starts on.
  const close = lineIndent(innerEnd - 1);
  let dedent = close.startsLine ? close.lead : lineIndent(inner.offset).lead;
  const unit = step.insertSpaces ? ' '.repeat(step.tabSize ?? 2) : '\t';
  if (!close.startsLine && dedent.length > unit.length) dedent = unit;
  if (dedent)
    body = body
      .split(/\r?\n/)
      .map((l) => (l.startsWith(dedent) ? l.slice(dedent.length) : l))
      .join(eol);
  return [{ offset: root.offset, length: root.length, content: body }];
}
