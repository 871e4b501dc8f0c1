/** How HCL writes a suggestion inside `jsonencode(…)` (the items come from render.ts). */
import type { SourceRange } from '../../rules/types';
import type { ItemWriter } from './render';
import { type SnippetValue, escapeSnippet } from './snippet';

/** How HCL writes a key inside `jsonencode(…)`: `key = value`, always a snippet; keys only. */
export function hclKeyWriter(range: SourceRange): ItemWriter {
  return { key: (s) => ({ label: s.key, newText: `${s.key} = ${hclSnippet(s.value)}`, range, snippet: true }) };
}

/** A snippet value as HCL (`{ containerPort = ${1:80} }`). */
function hclSnippet(v: SnippetValue): string {
  switch (v.kind) {
    case 'string': {
      if (v.choices?.length && v.tab !== undefined)
        return `"\${${v.tab}|${v.choices.map((c) => c.replace(/[,|\\]/g, '\\$&')).join(',')}|}"`;
      const text = escapeSnippet(JSON.stringify(v.value).slice(1, -1).replace(/\$\{/g, '$${'));
      return v.tab !== undefined ? `"\${${v.tab}:${text}}"` : `"${text}"`;
    }
    case 'number':
      return v.tab !== undefined ? `\${${v.tab}:${v.value}}` : String(v.value);
    case 'boolean':
      return v.tab !== undefined ? `\${${v.tab}|${v.value},${!v.value}|}` : String(v.value);
    case 'stop':
      return `$${v.tab}`;
    case 'object': {
      if (v.entries.length === 0) return v.tab !== undefined ? `{ $${v.tab} }` : '{}';
      return `{ ${v.entries.map(([k, e]) => `${k} = ${hclSnippet(e)}`).join(', ')} }`;
    }
    case 'array': {
      if (v.items.length === 0) return v.tab !== undefined ? `[$${v.tab}]` : '[]';
      return `[${v.items.map(hclSnippet).join(', ')}]`;
    }
  }
}
