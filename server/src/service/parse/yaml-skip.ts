/**
 * CloudFormation YAML: parse only what can hold a task definition. The bodies of block-style
 * resources whose own `Type:` is some other type, and of the top-level sections that never hold
 * resources (Parameters, Mappings, …), are skipped: the parse reads the template as if every
 * character of them but line breaks were a space (`blankSkipped`), so every offset stays the same.
 * Their key lines are kept (`Bucket:` then reads as an empty value), so the structure, duplicate
 * keys and every range outside them are unchanged. Since blank lines there mean nothing to YAML,
 * the parser is actually given the text without them (`withoutSkipped`) and its ranges are mapped
 * back: the skipped lines cost nothing but this scan.
 *
 * The plan comes from a line and indentation scan that follows YAML's token rules only as far as
 * it needs to (quotes, flow collections, block scalars, plain multi-line scalars). Whenever that
 * is not enough to be sure, there is no plan and the whole template is parsed as before: anchors,
 * aliases or merge keys anywhere, several documents, tabs in indentation, directives, complex keys,
 * a flow-style or inline `Resources`, a quoted or flow value running past a resource boundary.
 * parseYaml also checks the parse against the plan (see yaml.ts).
 */

import { ANCHORISH, BAIL, type Carry, type Result, UNREADABLE_KEY, onlyComment, readLine, scanFlow } from './yaml-skip-lines';

const TASK_TYPE = 'AWS::ECS::TaskDefinition';
/** Top-level sections that never hold a resource. */
const SKIPPED_SECTIONS = new Set(['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Metadata', 'Rules', 'Transform']);
/** Resource types the cross-resource (service) rules read: kept when the template has an ECS service. */
const TRAFFIC_TYPES = new Set(['AWS::ECS::Service', 'AWS::ElasticLoadBalancingV2::TargetGroup', 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress']);

export interface SkipPlan {
  /** The skipped bodies, `[from, to)`: whole lines, in order, apart. */
  skipped: [number, number][];
  /** Key offsets of the skipped top-level sections; the parse must show each with an empty value. */
  sectionKeys: number[];
  /** Offset of the `Resources` key. */
  resourcesKey: number;
  /** Key offsets of the skipped resources; the parse must show each with an empty value. */
  resourceKeys: number[];
  /** Kept task-definition resources, key line to the next boundary: the only places a syntax error may be. */
  taskBlocks: { start: number; end: number }[];
}

let enabled = true;

/** Turns the optimisation on or off (tests and the bench compare both); returns the previous setting. */
export function setNonTaskSkipping(on: boolean): boolean {
  const before = enabled;
  enabled = on;
  return before;
}

/** The plan for `text`, or undefined when there is nothing to skip or skipping is not safe. */
export function planSkips(text: string): SkipPlan | undefined {
  // A lone `\r` is a line break to YAML but not to this scan.
  if (!enabled || !/^Resources[ \t]*:/m.test(text) || /\r(?!\n)/.test(text)) return undefined;
  const plan = scan(text);
  return plan === BAIL || (plan.sectionKeys.length === 0 && plan.resourceKeys.length === 0) ? undefined : plan;
}

interface Resource {
  keyStart: number;
  keyLineStart: number;
  bodyStart: number;
  block: boolean;
  childIndent: number;
  types: number;
  type: string | undefined;
  unsure: boolean;
}

function scan(text: string): Result<SkipPlan> {
  const plan: SkipPlan = { skipped: [], sectionKeys: [], resourceKeys: [], resourcesKey: -1, taskBlocks: [] };
  // With an ECS service in the template, its traffic resources and Outputs (exports) are parsed too.
  const withServices = /^\s+Type:\s*['"]?AWS::ECS::Service\b/m.test(text);
  const blanks = plan.skipped;
  let carry: Carry = { kind: 'none' };
  let seenContent = false;
  let section: { keyStart: number; bodyStart: number; blank: boolean } | undefined;
  let inResources = false;
  let resIndent = -1;
  let res: Resource | undefined;

  const closeResource = (end: number) => {
    if (!res) return;
    const r = res;
    res = undefined;
    if (r.block && !r.unsure && r.types === 1 && r.type !== undefined && r.type !== TASK_TYPE && !(withServices && TRAFFIC_TYPES.has(r.type))) {
      if (end > r.bodyStart) { blanks.push([r.bodyStart, end]); plan.resourceKeys.push(r.keyStart); }
    } else if (r.type === TASK_TYPE) {
      plan.taskBlocks.push({ start: r.keyLineStart, end });
    }
  };
  const closeSection = (end: number) => {
    closeResource(end);
    if (section?.blank && end > section.bodyStart) { blanks.push([section.bodyStart, end]); plan.sectionKeys.push(section.keyStart); }
    section = undefined;
  };

  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const next = nl + 1;
    const line = text.slice(start, text[nl - 1] === '\r' ? nl - 1 : nl);
    const first = line.charCodeAt(0);
    if ((first === 45 || first === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
      // One leading document marker is fine; anything else is a multi-document stream.
      if (seenContent || !/^---\s*(?:#.*)?$/.test(line)) return BAIL;
      seenContent = true;
      start = next;
      continue;
    }
    let indent = 0;
    while (line[indent] === ' ') indent++;
    const blank = indent === line.length;

    if (carry.kind === 'block') {
      if (blank || (indent > carry.owner && (carry.content < 0 || indent >= carry.content))) {
        if (!blank && carry.content < 0) carry = { kind: 'block', owner: carry.owner, content: indent };
        start = next;
        continue;
      }
      carry = { kind: 'none' };
    }
    if (line[indent] === '\t') return BAIL;
    if (carry.kind === 'flow') {
      if (blank) { start = next; continue; }
      if (indent === 0 || (inResources && indent <= resIndent)) return BAIL;
      if (ANCHORISH.test(line)) return BAIL;
      const f = scanFlow(line, indent, carry.depth, carry.quote, carry.atStart);
      if (f === BAIL) return BAIL;
      if (f.depth > 0 || f.quote) carry = { kind: 'flow', depth: f.depth, quote: f.quote, atStart: f.atStart };
      else if (!onlyComment(line, f.end)) return BAIL;
      else carry = { kind: 'none' };
      start = next;
      continue;
    }
    if (blank) { start = next; continue; }
    if (line[indent] === '#') {
      if (carry.kind === 'plain') carry = { kind: 'none' };
      start = next;
      continue;
    }
    if (carry.kind === 'plain') {
      if (indent > carry.owner) {
        // More text of a plain scalar: no structure in it (a key there would be a YAML error).
        if (ANCHORISH.test(line) || /:(?:\s|$)/.test(line)) return BAIL;
        if (/\s#/.test(line)) carry = { kind: 'none' };
        start = next;
        continue;
      }
    }

    // A line in block context that starts something.
    seenContent = true;
    const info = readLine(line, indent);
    if (info === BAIL) return BAIL;
    carry = info.carry;
    if (indent === 0) {
      if (info.seq || info.key === undefined) return BAIL;
      closeSection(start);
      inResources = info.key === 'Resources';
      if (inResources) {
        if (!info.empty || plan.resourcesKey >= 0) return BAIL;
        plan.resourcesKey = start;
        resIndent = -1;
      }
      section = { keyStart: start, bodyStart: next, blank: info.empty && SKIPPED_SECTIONS.has(info.key) && !(withServices && info.key === 'Outputs') };
    } else if (!section) {
      return BAIL;
    } else if (inResources) {
      if (resIndent < 0) resIndent = indent;
      if (indent < resIndent) return BAIL;
      if (indent === resIndent) {
        if (info.seq || info.key === undefined) return BAIL;
        closeResource(start);
        res = { keyStart: start + indent, keyLineStart: start, bodyStart: next, block: info.empty, childIndent: -1, types: 0, type: undefined, unsure: false };
      } else if (res && res.block) {
        if (res.childIndent < 0) res.childIndent = indent;
        // A child that is not a plain `Key:` (or a key with escapes that could spell `Type`): not sure what it is.
        if (indent < res.childIndent || (indent === res.childIndent && (info.seq || info.key === undefined || info.key === UNREADABLE_KEY))) res.unsure = true;
        else if (indent === res.childIndent && info.key === 'Type') {
          res.types++;
          res.type = info.value;
          if (info.value === undefined) res.unsure = true;
        }
      }
    }
    start = next;
  }
  if (carry.kind === 'flow') return BAIL;
  closeSection(text.length);
  return plan;
}

/** The text as the plan has YAML read it: the skipped bodies blanked (same length, same line breaks). */
export function blankSkipped(text: string, plan: SkipPlan): string {
  let out = '';
  let at = 0;
  for (const [from, to] of plan.skipped) {
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
    at = to;
  }
  return out + text.slice(at);
}

/**
 * The text without the skipped lines, and the offset in `text` of each offset in it. It parses as
 * `blankSkipped` does: each skipped body follows a key with no value on its line and ends before a
 * line indented no deeper than that key, where blank lines mean nothing.
 */
export function withoutSkipped(text: string, plan: SkipPlan): { text: string; toOriginal: (offset: number) => number } {
  const starts = [0];
  const shifts = [0];
  let out = '';
  let at = 0;
  for (const [from, to] of plan.skipped) {
    out += text.slice(at, from);
    starts.push(out.length);
    shifts.push(to - out.length);
    at = to;
  }
  out += text.slice(at);
  const toOriginal = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return offset + shifts[lo];
  };
  return { text: out, toOriginal };
}

