/**
 * Text surgery on one member (property or array item) of a JSON object/array, written to keep the
 * file's own layout: a member on its own line is removed with its line; an inline member with its
 * comma; comments that belong to neighbours stay. Inserted members copy the neighbours' layout.
 */
import type { Edit, Node as JsonNode } from 'jsonc-parser';
import { skipJsoncTrivia, skipJsoncTriviaOnLine } from '../parse/trivia';

/** Position of the comma that follows `end` (after trivia), or -1. */
function commaAfter(text: string, end: number): number {
  const i = skipJsoncTrivia(text, end);
  return text[i] === ',' ? i : -1;
}

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function onlyWhitespace(s: string): boolean {
  return /^[ \t]*$/.test(s);
}

/** Edits removing `member` (a property node or array item node) from `container`. */
export function removeMember(text: string, container: JsonNode, member: JsonNode): Edit[] {
  const siblings = container.children ?? [];
  const index = siblings.indexOf(member);
  const start = member.offset;
  const end = member.offset + member.length;
  const comma = commaAfter(text, end);
  const prev = index > 0 ? siblings[index - 1] : undefined;
  const isLast = index === siblings.length - 1;

  if (siblings.length === 1) {
    // The only member: leave an empty container `{}` / `[]`.
    return [{ offset: container.offset + 1, length: container.length - 2, content: '' }];
  }

  const lineStart = lineStartOf(text, start);
  const afterMember = comma >= 0 ? comma + 1 : end;
  const restEnd = skipJsoncTriviaOnLine(text, afterMember);
  const ownsLine = onlyWhitespace(text.slice(lineStart, start)) && (text[restEnd] === '\n' || restEnd >= text.length);
  const edits: Edit[] = [];
  if (ownsLine) {
    const lineEnd = restEnd < text.length ? restEnd + 1 : restEnd;
    edits.push({ offset: lineStart, length: lineEnd - lineStart, content: '' });
  } else if (comma >= 0) {
    const next = skipJsoncTriviaOnLine(text, comma + 1);
    const cut = /^[ \t]*$/.test(text.slice(comma + 1, next)) ? next : comma + 1;
    edits.push({ offset: start, length: cut - start, content: '' });
  } else if (prev) {
    const prevComma = commaAfter(text, prev.offset + prev.length);
    const from = prevComma >= 0 ? prevComma : prev.offset + prev.length;
    edits.push({ offset: from, length: end - from, content: '' });
    return edits;
  }
  // Removing the last member leaves the previous one with a dangling comma.
  if (isLast && comma < 0 && prev && ownsLine) {
    const prevComma = commaAfter(text, prev.offset + prev.length);
    if (prevComma >= 0) edits.push({ offset: prevComma, length: 1, content: '' });
  }
  return edits;
}

/** Edits inserting `"key": value` into `obj` at position `index` among its properties. */
export function insertProperty(text: string, obj: JsonNode, index: number, key: string, value: unknown, eol: string): Edit[] {
  const members = obj.children ?? [];
  const entry = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  if (members.length === 0) {
    const inner = text.slice(obj.offset + 1, obj.offset + obj.length - 1);
    if (inner.includes('\n')) {
      const indent = indentOf(text, obj.offset) + '  ';
      return [{ offset: obj.offset + 1, length: obj.length - 2, content: `${eol}${indent}${entry}${eol}${indentOf(text, obj.offset)}` }];
    }
    return [{ offset: obj.offset + 1, length: obj.length - 2, content: ` ${entry} ` }];
  }
  const ref = members[Math.min(index, members.length - 1)];
  const multiline = text.slice(obj.offset, ref.offset).includes('\n');
  const sep = multiline ? `${eol}${indentOf(text, ref.offset)}` : ' ';
  if (index < members.length) {
    return [{ offset: ref.offset, length: 0, content: `${entry},${sep}` }];
  }
  const last = members[members.length - 1];
  const lastEnd = last.offset + last.length;
  const lineEnd = skipJsoncTriviaOnLine(text, lastEnd);
  if (multiline && (text[lineEnd] === '\n' || text[lineEnd] === '\r') && lineEnd > lastEnd) {
    // Keep a trailing comment on the previous member's line with that member.
    const eolAt = text[lineEnd] === '\r' ? lineEnd : lineEnd;
    return [
      { offset: lastEnd, length: 0, content: ',' },
      { offset: eolAt, length: 0, content: `${sep}${entry}` },
    ];
  }
  return [{ offset: lastEnd, length: 0, content: `,${sep}${entry}` }];
}

function indentOf(text: string, offset: number): string {
  const ls = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(ls, offset))?.[0] ?? '';
}
