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
        if (i >= 0) { index = i + 1; break; }
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

/** Replaces the whole document with the object at `path`, de-indented by one level. */
function unwrap(text: string, root: JsonNode, path: (string | number)[]): Edit[] | undefined {
  const inner = findNodeAtLocation(root, path);
  if (!inner || inner.type !== 'object') return undefined;
  let body = text.slice(inner.offset, inner.offset + inner.length);
  const lineStart = text.lastIndexOf('\n', inner.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const step = detectFormatting(text);
  const unit = step.insertSpaces ? ' '.repeat(step.tabSize ?? 2) : '\t';
  const dedent = indent.length >= unit.length ? unit : indent;
  if (dedent) body = body.split(/\r?\n/).map((l) => (l.startsWith(dedent) ? l.slice(dedent.length) : l)).join(step.eol ?? '\n');
  return [{ offset: root.offset, length: root.length, content: body }];
}
