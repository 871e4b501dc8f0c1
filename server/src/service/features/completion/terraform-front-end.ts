/**
 * Completion in Terraform files. Inside heredoc JSON, the JSON front end runs on the heredoc's body
 * read as a container array with the resource's network mode (ranges mapped back into the .tf file).
 * Inside a `jsonencode(…)` object, keys are offered as HCL `key = value` with the same suggestions.
 */
import type { CompletionItem, Range, TextEdit } from 'vscode-languageserver-types';
import { type AnalyzedDocument, analyzeDocument } from '../../model/document';
import { type ObjectNode, nodeAt } from '../../model/nodes';
import { referencedTaskContext, terraformHeredocs } from '../../model/terraform-context';
import { locateNode } from '../knowledge/task-path';
import { completeJson } from './json-front-end';
import { suggest } from './providers';
import { renderItems } from './render';
import { hclKeyWriter } from './hcl-render';
import type { Scalar } from './types';

export function completeTerraform(doc: AnalyzedDocument, offset: number): CompletionItem[] {
  const heredoc = terraformHeredocs(doc).find((h) => offset >= h.start && offset <= h.end);
  if (heredoc) return completeHeredoc(doc, heredoc, offset);
  return completeJsonencodeKey(doc, offset);
}

function completeHeredoc(doc: AnalyzedDocument, h: { start: number; end: number }, offset: number): CompletionItem[] {
  const task =
    doc.tasks.find((t) => t.containersNode && t.containersNode.offset >= h.start && t.containersNode.offset < h.end) ??
    doc.tasks.find((t) => t.task && t.task.offset < h.start && t.task.offset + t.task.length > h.end);
  if (!task?.resourceName) return [];
  const body = analyzeDocument(doc.text.slice(h.start, h.end), {
    uri: `${doc.uri}.heredoc.json`,
    languageId: 'json',
    taskContext: referencedTaskContext({ resource: task.resourceName, task }, doc.uri),
  });
  const move = (r: Range): Range => ({
    start: doc.positions.positionAt(body.positions.offsetAt(r.start) + h.start),
    end: doc.positions.positionAt(body.positions.offsetAt(r.end) + h.start),
  });
  const moveEdit = (e: TextEdit): TextEdit => ({ ...e, range: move(e.range) });
  return completeJson(body, offset - h.start).map((item) => {
    const out = { ...item };
    if (out.textEdit && 'range' in out.textEdit) out.textEdit = moveEdit(out.textEdit);
    else if (out.textEdit) delete out.textEdit;
    if (out.additionalTextEdits) out.additionalTextEdits = out.additionalTextEdits.map(moveEdit);
    return out;
  });
}

function completeJsonencodeKey(doc: AnalyzedDocument, offset: number): CompletionItem[] {
  if (!doc.root) return [];
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_]/.test(doc.text[start - 1])) start--;
  const before = doc.text.slice(doc.text.lastIndexOf('\n', start - 1) + 1, start).trimEnd();
  if (before && !/[{,]$/.test(before)) return []; // a key starts a line or follows `{` or `,`
  const hit = nodeAt(doc.root, start, false);
  if (hit?.type !== 'object') return [];
  const loc = locateNode(doc, hit);
  if (!loc || loc.path.length === 0) return []; // the resource's own arguments are HashiCorp's
  const object: ObjectNode = hit;
  const siblings = new Map<string, Scalar>();
  for (const p of object.properties) {
    const v = p.value;
    if (v && (v.type === 'string' || v.type === 'number' || v.type === 'boolean' || v.type === 'null')) siblings.set(p.key, v.value);
  }
  const found = suggest({
    task: loc.task,
    path: loc.path,
    kind: 'key',
    presentKeys: new Set(object.properties.map((p) => p.key)),
    siblings,
    presentItems: [],
    spell: (k) => k,
    keyStyle: 'camel',
  });
  return renderItems(doc, found, hclKeyWriter({ offset: start, length: offset - start }));
}
