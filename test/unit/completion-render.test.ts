/**
 * The one completion renderer (features/completion/render.ts): what every format's items share,
 * given only how the format writes a suggestion. A new format plugs in here with an ItemWriter.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import { analyzeDocument } from '../../server/src/service';
import { type ItemWriter, renderItems } from '../../server/src/service/features/completion/render';
import { num, str } from '../../server/src/service/features/completion/snippet';
import type { Suggestions } from '../../server/src/service/features/completion/types';

const doc = analyzeDocument('{\n  "a": 1\n  \n}', { uri: 'file:///t.json' });
const at = doc.text.indexOf('\n  \n') + 3;

const suggestions: Suggestions = {
  keys: [{ key: 'hostPort', value: num(8080, 1), detail: 'a port', documentation: '**hostPort**', sortText: '1' }],
  values: [{ label: 'tcp', value: str('tcp'), detail: '', itemKind: 'enum', preselect: true }],
};

const writer: ItemWriter = {
  key: (s) => ({
    label: s.key,
    newText: `<${s.key}>`,
    range: { offset: at, length: 0 },
    snippet: true,
    filterText: `"${s.key}`,
    commaAt: at - 3,
  }),
  value: (s) => ({ label: s.label, newText: s.label, range: { offset: at - 2, length: 2 }, snippet: false }),
  insertTextMode: InsertTextMode.asIs,
};

describe('completion renderer', () => {
  it('builds keys then values, with the kind, docs and edits the writer places', () => {
    assert.deepEqual(renderItems(doc, suggestions, writer), [
      {
        label: 'hostPort',
        kind: CompletionItemKind.Property,
        detail: 'a port',
        documentation: { kind: 'markdown', value: '**hostPort**' },
        filterText: '"hostPort',
        sortText: '1',
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.asIs,
        textEdit: { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, newText: '<hostPort>' },
        additionalTextEdits: [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } }, newText: ',' }],
      },
      {
        label: 'tcp',
        kind: CompletionItemKind.EnumMember,
        preselect: true,
        insertTextFormat: InsertTextFormat.PlainText,
        insertTextMode: InsertTextMode.asIs,
        textEdit: { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, newText: 'tcp' },
      },
    ]);
  });

  it('offers no values through a writer that writes keys only', () => {
    const keysOnly: ItemWriter = { key: writer.key };
    assert.deepEqual(
      renderItems(doc, suggestions, keysOnly).map((i) => i.label),
      ['hostPort'],
    );
  });
});
