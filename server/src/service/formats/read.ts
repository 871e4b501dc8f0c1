/**
 * The reading half of the format table: how each format is told apart by content (`sniff`) and read
 * into the document model (`parse`), and which format a document is. The document model imports
 * this half only; the full table (index.ts) adds the fix editors and completion front ends, which
 * themselves analyse documents, so importing them here would close a cycle.
 */
import type { ValueNode } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { parseTerraform } from '../model/terraform-context';
import { type SyntaxProblem, parseJson } from '../parse/json';
import { parseYaml } from '../parse/yaml';
import { type FormatId, formatOfLanguage, formatOfName } from './names';

export interface FormatParse {
  root: ValueNode | undefined;
  syntaxErrors: SyntaxProblem[];
  /** Task definitions the reader found itself (Terraform resources); otherwise the model looks for them in `root`. */
  tasks?: TaskDefinitionModel[];
}

export interface FormatReader {
  /** For a file whose name does not say (`task.tpl`): does its text read as this format? Undefined: never chosen by content. */
  sniff?: (text: string) => boolean;
  parse: (text: string, options?: ReadOptions) => FormatParse;
}

export interface ReadOptions {
  /** YAML: parse a CloudFormation template whole, without skipping the resources no rule reads (parse/yaml-skip.ts). */
  parseWholeYaml?: boolean;
}

/** Keyed by id so that a format missing here is a type error. Sniffing tries them in this order. */
export const FORMAT_READERS: Record<FormatId, FormatReader> = {
  json: { sniff: (text) => opensJson(firstSignificant(text)), parse: parseJson },
  yaml: {
    sniff: (text) => !opensJson(firstSignificant(text)),
    parse: (text, options) => parseYaml(text, { whole: options?.parseWholeYaml }),
  },
  terraform: { parse: parseTerraform },
};

/**
 * The document's format: from the language id when it names one, else the file name
 * (`.yaml`, `.yml.j2`, `.json.tpl`, …), else the content of a template (`{`/`[` first means JSON).
 */
export function formatOf(languageId: string | undefined, uri: string, text?: string): FormatId {
  const byLanguage = formatOfLanguage(languageId);
  if (byLanguage) return byLanguage;
  const byName = formatOfName(uri);
  if (byName.format) return byName.format;
  if (text !== undefined && byName.templated) return sniffFormat(text);
  return 'json';
}

/** The first format whose sniff takes the text (JSON when none does). */
export function sniffFormat(text: string): FormatId {
  for (const [id, reader] of Object.entries(FORMAT_READERS) as [FormatId, FormatReader][]) if (reader.sniff?.(text)) return id;
  return 'json';
}

/** An empty text reads as JSON, like a name that says nothing. */
const opensJson = (c: string | undefined) => c === undefined || c === '{' || c === '[';

/** The first character past white space, comments and template directives; undefined when there is none. */
function firstSignificant(text: string): string | undefined {
  let i = 0;
  const skipTo = (close: string, from: number) => {
    const end = text.indexOf(close, from);
    return end < 0 ? text.length : end + close.length;
  };
  while (i < text.length) {
    const c = text[i];
    const two = text.slice(i, i + 2);
    if (/\s/.test(c)) i++;
    else if (c === '#' || two === '//') i = skipTo('\n', i);
    else if (two === '{{') i = skipTo('}}', i + 2);
    else if (two === '{%') i = skipTo('%}', i + 2);
    else if (two === '{#') i = skipTo('#}', i + 2);
    else if (two === '%{') i = skipTo('}', i + 2);
    else return c;
  }
  return undefined;
}
