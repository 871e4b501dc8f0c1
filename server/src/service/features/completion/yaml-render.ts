/**
 * How YAML writes a suggestion (the items come from render.ts): `Key: value`, `Key:` and an indented block for
 * objects and arrays, `- ` items, flow text inside `[...]`/`{...}`, and quotes only where YAML needs
 * them (a string that would read as a number, a boolean or null stays a string). Multi-line text
 * carries its full indentation (insertTextMode asIs).
 */
import { InsertTextMode } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../../model/document';
import { plainSafe } from '../../fixes/yaml-render';
import { type SnippetValue, escapeChoice, escapeSnippet, hasTabStops } from './snippet';
import type { ItemWriter, Placement } from './render';
import type { KeySuggestion, ValueSuggestion } from './types';
import type { YamlEditInfo } from './yaml-cursor';

export interface YamlStyle {
  /** Indentation step of the file. */
  step: number;
  /** A sequence under a key starts at the key's column (`Key:\n- a`) rather than one step in. */
  compact: boolean;
  spell(apiKey: string): string;
  /** Keys whose empty string value is written `"$1"`, so what is typed stays a string (task Cpu, Memory). */
  quoteEmpty: Set<string>;
}

const pad = (n: number) => ' '.repeat(Math.max(0, n));

/** A string as a YAML scalar: plain when it reads back as the same string, else double-quoted. */
export function yamlString(value: string, flow: boolean): string {
  return plainSafe(value, flow) ? value : JSON.stringify(value);
}

class Writer {
  constructor(
    private readonly style: YamlStyle,
    private readonly snippet: boolean,
  ) {}

  private lit(s: string): string {
    return this.snippet ? escapeSnippet(s) : s;
  }

  key(apiKey: string): string {
    return this.lit(yamlString(this.style.spell(apiKey), false));
  }

  scalar(v: SnippetValue, flow: boolean, quoteEmpty = false): string {
    const tab = this.snippet ? (v as { tab?: number }).tab : undefined;
    switch (v.kind) {
      case 'string': {
        if (tab === undefined) return this.lit(yamlString(v.value, flow));
        if (v.choices) return `\${${tab}|${v.choices.map((c) => escapeChoice(yamlString(c, flow))).join(',')}|}`;
        if (v.value === '') return quoteEmpty ? `"$${tab}"` : `$${tab}`;
        return plainSafe(v.value, flow)
          ? `\${${tab}:${escapeSnippet(v.value)}}`
          : `"\${${tab}:${escapeSnippet(JSON.stringify(v.value).slice(1, -1))}}"`;
      }
      case 'number':
        return tab === undefined ? String(v.value) : `\${${tab}:${v.value}}`;
      case 'boolean':
        return tab === undefined ? String(v.value) : `\${${tab}|${v.value},${!v.value}|}`;
      case 'stop':
        return this.snippet ? `$${v.tab}` : '';
      default:
        return this.flow(v);
    }
  }

  flow(v: SnippetValue): string {
    const tab = this.snippet ? (v as { tab?: number }).tab : undefined;
    if (v.kind === 'object') {
      if (v.entries.length === 0) return tab === undefined ? '{}' : `{$${tab}}`;
      return `{ ${v.entries.map(([k, e]) => `${this.key(k)}: ${this.flow(e)}`).join(', ')} }`;
    }
    if (v.kind === 'array') {
      if (v.items.length === 0) return tab === undefined ? '[]' : `[$${tab}]`;
      return `[${v.items.map((e) => this.flow(e)).join(', ')}]`;
    }
    return this.scalar(v, true);
  }

  /** What follows `Key:` for a key at column `col` (a scalar after a space, or an indented block). */
  afterKey(v: SnippetValue, col: number, quoteEmpty = false): string {
    const { step, compact } = this.style;
    const tab = this.snippet ? (v as { tab?: number }).tab : undefined;
    if (v.kind === 'object') {
      if (v.entries.length === 0) return tab === undefined ? ' {}' : `\n${pad(col + step)}$${tab}`;
      return v.entries.map(([k, e]) => `\n${pad(col + step)}${this.key(k)}:${this.afterKey(e, col + step)}`).join('');
    }
    if (v.kind === 'array') {
      const dash = compact ? col : col + step;
      if (v.items.length === 0) return tab === undefined ? ' []' : `\n${pad(dash)}- $${tab}`;
      return v.items.map((e) => `\n${pad(dash)}- ${this.item(e, dash + 2)}`).join('');
    }
    const text = this.scalar(v, false, quoteEmpty);
    return text === '' ? '' : ` ${text}`;
  }

  /** An item's text after `- `, its content starting at column `col`. */
  item(v: SnippetValue, col: number): string {
    if (v.kind === 'object' && v.entries.length > 0) {
      return v.entries.map(([k, e], i) => `${i ? `\n${pad(col)}` : ''}${this.key(k)}:${this.afterKey(e, col)}`).join('');
    }
    if (v.kind === 'array' && v.items.length > 0) {
      return v.items.map((e, i) => `${i ? `\n${pad(col)}` : ''}- ${this.item(e, col + 2)}`).join('');
    }
    return this.scalar(v, false);
  }
}

/** The text the replace range starts with, up to the cursor side: filter text must start the same way. */
function leadingQuote(doc: AnalyzedDocument, e: YamlEditInfo): string {
  const c = doc.text[e.replace.offset];
  return e.replace.length > 0 && (c === '"' || c === "'") ? c : '';
}

function keyPlacement(doc: AnalyzedDocument, e: YamlEditInfo, s: KeySuggestion, style: YamlStyle): Placement {
  const spelled = s.spelled ?? style.spell(s.key);
  const snippet = !e.colonFollows && hasTabStops(s.value);
  const w = new Writer({ ...style, spell: (k) => (k === s.key ? spelled : style.spell(k)) }, snippet);
  let body = w.key(s.key);
  if (!e.colonFollows)
    body += e.mode === 'flow' ? `: ${w.flow(s.value)}` : `:${w.afterKey(s.value, e.column, style.quoteEmpty.has(s.key))}`;
  const newText = e.mode === 'flow' ? `${e.before}${body}${e.after}` : (e.needsSpace ? ' ' : '') + body;
  return { label: spelled, newText, range: e.replace, snippet, filterText: leadingQuote(doc, e) + spelled, commaAt: e.commaBefore };
}

/** A label like `["FARGATE"]` or `[port mapping]` for a whole array, as the YAML reads. */
function yamlLabel(label: string, block: boolean): string {
  const m = /^\[(.*)\]$/.exec(label);
  if (!m) return label;
  const inner = m[1].replace(/^"(.*)"$/, '$1');
  return block ? `- ${inner}` : `[${inner}]`;
}

function valuePlacement(doc: AnalyzedDocument, e: YamlEditInfo, kind: 'value' | 'item', s: ValueSuggestion, style: YamlStyle): Placement {
  const snippet = hasTabStops(s.value);
  const w = new Writer(style, snippet);
  const structured = s.value.kind === 'object' || s.value.kind === 'array';
  const block = e.mode === 'block';
  const label =
    block && kind === 'value' && structured ? yamlLabel(s.label, true) : s.value.kind === 'array' ? yamlLabel(s.label, false) : s.label;
  let range = e.replace;
  let newText: string;
  let filterText = leadingQuote(doc, e) + label;
  if (e.quoted && s.value.kind === 'string' && !s.value.choices) {
    range = e.quoted.content;
    const content = e.quoted.quote === '"' ? JSON.stringify(s.value.value).slice(1, -1) : s.value.value.replace(/'/g, "''");
    newText =
      snippet && s.value.tab !== undefined ? `\${${s.value.tab}:${escapeSnippet(content)}}` : snippet ? escapeSnippet(content) : content;
    filterText = s.value.value;
  } else if (!block) {
    newText = `${e.before}${w.flow(s.value)}${e.after}`;
  } else if (kind === 'value' && structured && e.colonEnd !== undefined) {
    // The value goes on the next lines: replace from just past the colon (no trailing space left).
    range = { offset: e.colonEnd, length: e.replace.offset + e.replace.length - e.colonEnd };
    newText = w.afterKey(s.value, e.column);
    filterText = doc.text.slice(e.colonEnd, e.replace.offset) + label;
  } else if (kind === 'value') {
    newText = (e.needsSpace ? ' ' : '') + w.scalar(s.value, false);
  } else {
    const col = e.column;
    newText = (e.needsSpace ? ' ' : '') + (e.needsDash ? '- ' : '') + w.item(s.value, col);
  }
  return { label, newText, range, snippet, filterText, commaAt: e.mode === 'flow' ? e.commaBefore : undefined };
}

/** How YAML writes a suggestion at a cursor; `kind` is what the cursor types (a key also takes values: a whole item). */
export function yamlWriter(doc: AnalyzedDocument, e: YamlEditInfo, kind: 'key' | 'value' | 'item', style: YamlStyle): ItemWriter {
  return {
    key: (s) => keyPlacement(doc, e, s, style),
    value: (s) => valuePlacement(doc, e, kind === 'key' ? 'value' : kind, s, style),
    insertTextMode: InsertTextMode.asIs,
  };
}
