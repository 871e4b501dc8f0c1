/**
 * YAML (CloudFormation templates, `--cli-input-yaml` task definitions) → the format-neutral value
 * tree. Uses the `yaml` package's document API, which keeps source ranges. CloudFormation
 * short-form intrinsics (`!Ref X`, `!If [...]`, any local `!Tag`), long-form intrinsics
 * (`Fn::If:` as a single key), aliases and template placeholders become `unknown` nodes; unknown
 * tags are not reported as problems.
 */
import {
  type Document,
  type Node as YamlNode,
  type ParsedNode,
  type Tags,
  type YAMLError,
  type YAMLMap,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../model/nodes';
import { INTRINSIC_KEY, type ParsedTree, type SyntaxProblem, withDepthProblem } from './json';
import { type BarePlaceholder, containsPlaceholder, maskYamlTemplates } from './placeholders';
import { type SkipPlan, planSkips, withoutSkipped } from './yaml-skip';
import { MAX_NESTING_DEPTH } from './depth';

/** Warnings that say nothing about the file's validity for us (CloudFormation tags). */
const IGNORED_CODES = new Set(['TAG_RESOLVE_FAILED']);

/** CloudFormation short-form intrinsic functions (and rule-condition functions), as YAML tags. */
const CFN_TAGS = [
  'Ref',
  'Sub',
  'GetAtt',
  'If',
  'FindInMap',
  'Select',
  'Join',
  'ImportValue',
  'Split',
  'Base64',
  'Cidr',
  'GetAZs',
  'Equals',
  'And',
  'Or',
  'Not',
  'Condition',
  'Transform',
  'ToJsonString',
  'Length',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
];
const keep = <T>(v: T): T => v;
/** Declared so they parse silently (an unresolved tag would cost a warning object each). */
const CUSTOM_TAGS: Tags = CFN_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: keep },
  { tag: `!${name}`, collection: 'seq' as const, resolve: keep },
  { tag: `!${name}`, collection: 'map' as const, resolve: keep },
]);

/** `uniqueKeys` is off: the package compares each key with every earlier one (quadratic); Converter checks with a set. */
export const YAML_PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false,
  strict: false,
  version: '1.2',
  customTags: CUSTOM_TAGS,
} as const;

const DUPLICATE_KEY = 'Map keys must be unique';

/** The first YAML document of `text` (CloudFormation templates have one), parsed from masked text. */
export function parseYamlDocuments(masked: string): Document.Parsed[] {
  // The package's YAMLError is an Error: skip capturing a stack for each of a broken file's errors.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseAllDocuments(masked, YAML_PARSE_OPTIONS) as Document.Parsed[];
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Parses a YAML document. A CloudFormation template is parsed without the bodies of its other
 * resources and non-resource sections (yaml-skip.ts) when the scan finds that safe and the parse
 * matches the scan; otherwise, or with `whole`, the whole text is parsed.
 */
export function parseYaml(text: string, { whole = false }: { whole?: boolean } = {}): ParsedTree {
  const masked = maskYamlTemplates(text);
  if (masked.text.trim() === '') return { root: undefined, syntaxErrors: [], maskedText: masked.text };
  const plan = whole ? undefined : planSkips(masked.text);
  let docs = plan ? parseSkipping(masked.text, plan) : undefined;
  if (!docs || !plan || !matchesPlan(docs, plan)) docs = parseYamlDocuments(masked.text);
  const syntaxErrors: SyntaxProblem[] = [];
  let root: ValueNode | undefined;
  for (const doc of docs) {
    for (const e of problemsOf(doc)) {
      const [start, end] = e.pos;
      syntaxErrors.push({ offset: start, length: Math.max(0, end - start), message: cleanMessage(e.message) });
    }
    if (root === undefined && doc.contents) {
      const unknown = [...masked.placeholders, ...masked.cuts.map((c) => ({ offset: c.offset, length: c.end - c.offset, text: '' }))];
      const converter = new Converter(
        text,
        unknown.sort((a, b) => a.offset - b.offset),
      );
      root = converter.convert(doc.contents, true);
      syntaxErrors.push(...converter.duplicates);
      syntaxErrors.sort((a, b) => a.offset - b.offset);
    }
  }
  return { root, syntaxErrors: withDepthProblem(syntaxErrors, masked.cuts), maskedText: masked.text };
}

/** Parses `text` without the plan's skipped lines; every range and error position is an offset in `text`. */
export function parseSkipping(text: string, plan: SkipPlan): Document.Parsed[] {
  const short = withoutSkipped(text, plan);
  const docs = parseYamlDocuments(short.text);
  const at = short.toOriginal;
  const remap = (node: unknown): void => {
    if (isPair(node)) {
      remap(node.key);
      remap(node.value);
    } else if (isNode(node)) {
      if (node.range) node.range = [at(node.range[0]), at(node.range[1]), at(node.range[2])];
      if (isMap(node) || isSeq(node)) for (const item of node.items) remap(item);
    }
  };
  for (const doc of docs) {
    remap(doc.contents);
    for (const e of [...doc.errors, ...doc.warnings]) e.pos = [at(e.pos[0]), at(e.pos[1])];
  }
  return docs;
}

function problemsOf(doc: Document.Parsed): YAMLError[] {
  return [...doc.errors, ...doc.warnings].filter((e) => !IGNORED_CODES.has(e.code));
}

/**
 * True when the parse without the skipped lines has the structure the scan planned: one document, a
 * block mapping at the top, every skipped section and resource there with an empty value, and no
 * syntax problem outside the kept task definitions (a problem elsewhere may be the scan's mistake;
 * then the whole text is parsed).
 */
export function matchesPlan(docs: Document.Parsed[], plan: SkipPlan): boolean {
  if (docs.length !== 1) return false;
  const top = docs[0].contents;
  if (!isMap(top) || top.flow) return false;
  const emptyAt = (map: YAMLMap, offsets: number[]) => {
    const empty = new Set<number>();
    for (const pair of map.items) {
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (
        key?.range &&
        (value === null ||
          (isScalar(value) && value.value === null && !value.tag && !value.anchor && value.range?.[0] === value.range?.[1]))
      ) {
        empty.add(key.range[0]);
      }
    }
    return offsets.every((o) => empty.has(o));
  };
  if (!emptyAt(top, plan.sectionKeys)) return false;
  const resourcesPair = top.items.find((p) => (p.key as YamlNode | null)?.range?.[0] === plan.resourcesKey);
  const resources = resourcesPair?.value;
  if (plan.resourceKeys.length > 0 && (!isMap(resources) || resources.flow || !emptyAt(resources, plan.resourceKeys))) return false;
  if (hasDuplicateKey(top) || (isMap(resources) && hasDuplicateKey(resources))) return false; // e.g. a resource name twice
  return problemsOf(docs[0]).every((e) => plan.taskBlocks.some((b) => e.pos[0] >= b.start && e.pos[0] < b.end));
}

function hasDuplicateKey(map: YAMLMap): boolean {
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function cleanMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return first.replace(/^./, (c) => c.toUpperCase());
}

/** Offset just past the value's last significant character (block scalars and maps end early). */
export function nodeEnd(text: string, node: YamlNode): number {
  if (isMap(node) || isSeq(node)) {
    const range = node.range!;
    if (node.flow || node.items.length === 0) return range[1];
    const last = node.items[node.items.length - 1];
    if (isPair(last)) {
      if (last.value && (last.value as YamlNode).range) return nodeEnd(text, last.value as YamlNode);
      const key = last.key as YamlNode | null;
      return key?.range ? colonAfter(text, key.range[1]) : range[1];
    }
    return last && (last as YamlNode).range ? nodeEnd(text, last as YamlNode) : range[1];
  }
  const range = node.range!;
  let end = range[1];
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    while (end > range[0] && /\s/.test(text[end - 1])) end--;
  }
  return end;
}

/** Just past the `:` that follows a key ending at `keyEnd`, when there is one on the same line. */
function colonAfter(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

/**
 * Start of the value including its properties (a `!Tag` or `&anchor` written before it).
 * The `yaml` package's node range starts after them.
 */
export function nodeStart(text: string, node: YamlNode): number {
  let start = node.range![0];
  for (;;) {
    let i = start;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
    let j = i;
    while (j > 0 && !/\s/.test(text[j - 1])) j--;
    const word = text.slice(j, i);
    if (j < i && /^[!&]/.test(word) && (node.tag || node.anchor)) start = j;
    else return start;
  }
}

function isLocalTag(tag: string | undefined): boolean {
  return !!tag && tag.startsWith('!');
}

class Converter {
  private readonly starts: number[];
  /** Keys written twice in one mapping (what the parser's uniqueKeys check would report). */
  readonly duplicates: SyntaxProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly placeholders: BarePlaceholder[],
  ) {
    this.starts = placeholders.map((p) => p.offset);
  }

  /** Converts a node; an empty plain value of a mapping key is missing (undefined), like JSON's. */
  convert(node: ParsedNode | YamlNode, inSequence: boolean, depth = 0): ValueNode | undefined {
    const text = this.text;
    if (isAlias(node)) return this.unknown(node.range![0], node.range![1]);
    // The parser's error recovery can nest deeper than the text's indentation says (parse/depth.ts
    // caps what the text shows); past twice the cap the value is unknown, so no walk recurses further.
    if (depth > 2 * MAX_NESTING_DEPTH && (isMap(node) || isSeq(node))) return this.unknown(node.range![0], node.range![1]);
    const start = node.tag || node.anchor ? nodeStart(text, node) : node.range![0];
    const end = nodeEnd(text, node);
    if (isLocalTag(node.tag)) return this.unknown(start, end);
    if (isScalar(node)) {
      if (node.range![0] === node.range![1] && node.value === null) {
        return inSequence ? { type: 'null', offset: start, length: 0, value: null } : undefined;
      }
      if (this.overlapsPlaceholder(start, end)) return this.unknown(start, end);
      const v = node.value;
      const base = { offset: start, length: end - start };
      if (typeof v === 'string') return containsPlaceholder(v) ? this.unknown(start, end) : { type: 'string', ...base, value: v };
      if (typeof v === 'number') return { type: 'number', ...base, value: v };
      if (typeof v === 'boolean') return { type: 'boolean', ...base, value: v };
      if (v === null) return { type: 'null', ...base, value: null };
      return this.unknown(start, end);
    }
    if (isMap(node)) {
      const items = node.items;
      if (items.length === 1) {
        const k = items[0].key;
        if (isScalar(k) && typeof k.value === 'string' && INTRINSIC_KEY.test(k.value)) return this.unknown(start, end);
      }
      const obj: ObjectNode = { type: 'object', offset: start, length: end - start, properties: [] };
      const seen = new Set<unknown>();
      for (const pair of items) {
        const key = pair.key as YamlNode | null;
        if (!isScalar(key) || !key.range) continue;
        if (seen.has(key.value))
          this.duplicates.push({ offset: key.range[0], length: key.range[1] - key.range[0], message: DUPLICATE_KEY });
        seen.add(key.value);
        const rawKey = key.value === null || key.value === undefined ? '' : String(key.value);
        const keyOffset = key.range[0];
        const keyLength = key.range[1] - keyOffset;
        const prop: PropertyNode = {
          type: 'property',
          key: rawKey,
          rawKey,
          keyOffset,
          keyLength,
          offset: keyOffset,
          length: keyLength,
          parent: obj,
        };
        const valueNode = pair.value as YamlNode | null;
        const value = valueNode && valueNode.range ? this.convert(valueNode, false, depth + 1) : undefined;
        if (value) {
          prop.value = value;
          value.parent = prop;
          prop.length = value.offset + value.length - keyOffset;
        } else {
          prop.length = colonAfter(text, key.range[1]) - keyOffset;
        }
        obj.properties.push(prop);
      }
      return obj;
    }
    if (isSeq(node)) {
      const arr: ArrayNode = { type: 'array', offset: start, length: end - start, items: [] };
      for (const item of node.items) {
        const it = item as YamlNode | null;
        let value: ValueNode | undefined;
        if (it && it.range && !isPair(it)) value = this.convert(it, true, depth + 1);
        if (!value) {
          const at = it && it.range ? it.range[0] : start;
          value = this.unknown(at, at);
        }
        value.parent = arr;
        arr.items.push(value);
      }
      return arr;
    }
    return this.unknown(start, end);
  }

  private unknown(start: number, end: number): ValueNode {
    return { type: 'unknown', offset: start, length: end - start, text: this.text.slice(start, end) };
  }

  private overlapsPlaceholder(start: number, end: number): boolean {
    const starts = this.starts;
    if (starts.length === 0) return false;
    // last placeholder starting before `end`
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return false;
    const p = this.placeholders[found];
    return p.offset + p.length > start;
  }
}
