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

import { ANCHORISH, BAIL, type Carry, type Line, type Result, onlyComment, readLine, scanFlow } from './yaml-skip-lines';

const TASK_TYPE = 'AWS::ECS::TaskDefinition';
/** Top-level sections that never hold a resource. */
const SKIPPED_SECTIONS = new Set(['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Metadata', 'Rules', 'Transform']);
/** Resource types the cross-resource (service) rules read: kept when the template has an ECS service. */
const TRAFFIC_TYPES = new Set([
  'AWS::ECS::Service',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
]);

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

/** The plan for `text`, or undefined when there is nothing to skip or skipping is not safe. */
export function planSkips(text: string): SkipPlan | undefined {
  // A lone `\r` is a line break to YAML but not to this scan.
  if (!/^Resources[ \t]*:/m.test(text) || /\r(?!\n)/.test(text)) return undefined;
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

interface Section {
  keyStart: number;
  bodyStart: number;
  /** True when the section's body is skipped. */
  blank: boolean;
}

/** Whether a line belongs to what earlier lines left open (`done`), or starts something (`starts`). */
type Continued = 'done' | 'starts' | typeof BAIL;

/** The key a line names for sure: none for a key with escapes. */
const plainKey = (info: Line): string | undefined => (info.keyHasEscapes ? undefined : info.key);

function scan(text: string): Result<SkipPlan> {
  return new SkipScanner(text).run();
}

/** One pass over the lines of a template, tracking the section and resource each line is in. */
class SkipScanner {
  private readonly plan: SkipPlan = { skipped: [], sectionKeys: [], resourceKeys: [], resourcesKey: -1, taskBlocks: [] };
  /** With an ECS service in the template, its traffic resources and Outputs (exports) are parsed too. */
  private readonly withServices: boolean;
  private carry: Carry = { kind: 'none' };
  private seenContent = false;
  private section: Section | undefined;
  private inResources = false;
  private resIndent = -1;
  private res: Resource | undefined;

  constructor(private readonly text: string) {
    this.withServices = /^\s+Type:\s*['"]?AWS::ECS::Service\b/m.test(text);
  }

  run(): Result<SkipPlan> {
    const text = this.text;
    let start = 0;
    while (start < text.length) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      const line = text.slice(start, text[nl - 1] === '\r' ? nl - 1 : nl);
      if (this.scanLine(line, start, nl + 1) === BAIL) return BAIL;
      start = nl + 1;
    }
    if (this.carry.kind === 'flow') return BAIL;
    this.closeSection(text.length);
    return this.plan;
  }

  /** One line, at offset `start`; the next one starts at `next`. */
  private scanLine(line: string, start: number, next: number): Result<void> {
    const first = line.charCodeAt(0);
    if ((first === 45 || first === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(line)) return this.documentMarker(line);
    let indent = 0;
    while (line[indent] === ' ') indent++;
    const continued = this.continueCarry(line, indent);
    if (continued !== 'starts') return continued === BAIL ? BAIL : undefined;
    // A line in block context that starts something.
    this.seenContent = true;
    const info = readLine(line, indent);
    if (info === BAIL) return BAIL;
    this.carry = info.carry;
    if (indent === 0) return this.topLevelKey(info, start, next);
    if (!this.section) return BAIL;
    if (this.inResources) return this.resourcesLine(info, indent, start, next);
    return undefined;
  }

  /** One leading document marker is fine; anything else is a multi-document stream. */
  private documentMarker(line: string): Result<void> {
    if (this.seenContent || !/^---\s*(?:#.*)?$/.test(line)) return BAIL;
    this.seenContent = true;
    return undefined;
  }

  /** What the block scalar, flow collection or plain scalar left open by earlier lines makes of this line. */
  private continueCarry(line: string, indent: number): Continued {
    const blank = indent === line.length;
    let carry = this.carry;
    if (carry.kind === 'block') {
      if (blank || (indent > carry.owner && (carry.content < 0 || indent >= carry.content))) {
        if (!blank && carry.content < 0) this.carry = { kind: 'block', owner: carry.owner, content: indent };
        return 'done';
      }
      this.carry = carry = { kind: 'none' };
    }
    if (line[indent] === '\t') return BAIL;
    if (carry.kind === 'flow') return blank ? 'done' : this.flowLine(line, indent, carry);
    if (blank) return 'done';
    if (line[indent] === '#') {
      if (carry.kind === 'plain') this.carry = { kind: 'none' };
      return 'done';
    }
    if (carry.kind === 'plain') {
      if (indent > carry.owner) return this.plainLine(line);
      this.carry = { kind: 'none' };
    }
    return 'starts';
  }

  /** More of a flow collection or quoted scalar: it must stay inside the resource it started in. */
  private flowLine(line: string, indent: number, carry: Extract<Carry, { kind: 'flow' }>): Continued {
    if (indent === 0 || (this.inResources && indent <= this.resIndent)) return BAIL;
    if (ANCHORISH.test(line)) return BAIL;
    const f = scanFlow(line, indent, carry.depth, carry.quote, carry.atStart);
    if (f === BAIL) return BAIL;
    if (f.depth > 0 || f.quote) this.carry = { kind: 'flow', depth: f.depth, quote: f.quote, atStart: f.atStart };
    else if (!onlyComment(line, f.end)) return BAIL;
    else this.carry = { kind: 'none' };
    return 'done';
  }

  /** More text of a plain scalar: no structure in it (a key there would be a YAML error). */
  private plainLine(line: string): Continued {
    if (ANCHORISH.test(line) || /:(?:\s|$)/.test(line)) return BAIL;
    if (/\s#/.test(line)) this.carry = { kind: 'none' };
    return 'done';
  }

  /** A top-level key: a new section (`Resources`, or one that is skipped whole). */
  private topLevelKey(info: Line, start: number, next: number): Result<void> {
    if (info.seq || info.key === undefined) return BAIL;
    this.closeSection(start);
    const name = plainKey(info);
    this.inResources = name === 'Resources';
    if (this.inResources) {
      if (!info.empty || this.plan.resourcesKey >= 0) return BAIL;
      this.plan.resourcesKey = start;
      this.resIndent = -1;
    }
    const skipped = name !== undefined && SKIPPED_SECTIONS.has(name) && !(this.withServices && name === 'Outputs');
    this.section = { keyStart: start, bodyStart: next, blank: info.empty && skipped };
    return undefined;
  }

  /** A line inside `Resources`: a resource's key, or a line of its body. */
  private resourcesLine(info: Line, indent: number, start: number, next: number): Result<void> {
    if (this.resIndent < 0) this.resIndent = indent;
    if (indent < this.resIndent) return BAIL;
    if (indent === this.resIndent) {
      if (info.seq || info.key === undefined) return BAIL;
      this.closeResource(start);
      this.res = {
        keyStart: start + indent,
        keyLineStart: start,
        bodyStart: next,
        block: info.empty,
        childIndent: -1,
        types: 0,
        type: undefined,
        unsure: false,
      };
    } else if (this.res?.block) {
      this.resourceChild(this.res, info, indent);
    }
    return undefined;
  }

  /** A line of a block resource's body: its own `Type:` decides whether the body is skipped. */
  private resourceChild(res: Resource, info: Line, indent: number): void {
    if (res.childIndent < 0) res.childIndent = indent;
    // A child that is not a plain `Key:` (or a key with escapes that could spell `Type`): not sure what it is.
    if (indent < res.childIndent || (indent === res.childIndent && (info.seq || info.key === undefined || info.keyHasEscapes)))
      res.unsure = true;
    else if (indent === res.childIndent && info.key === 'Type') {
      res.types++;
      res.type = info.value;
      if (info.value === undefined) res.unsure = true;
    }
  }

  private closeResource(end: number): void {
    if (!this.res) return;
    const r = this.res;
    this.res = undefined;
    if (
      r.block &&
      !r.unsure &&
      r.types === 1 &&
      r.type !== undefined &&
      r.type !== TASK_TYPE &&
      !(this.withServices && TRAFFIC_TYPES.has(r.type))
    ) {
      if (end > r.bodyStart) {
        this.plan.skipped.push([r.bodyStart, end]);
        this.plan.resourceKeys.push(r.keyStart);
      }
    } else if (r.type === TASK_TYPE) {
      this.plan.taskBlocks.push({ start: r.keyLineStart, end });
    }
  }

  private closeSection(end: number): void {
    this.closeResource(end);
    const section = this.section;
    if (section?.blank && end > section.bodyStart) {
      this.plan.skipped.push([section.bodyStart, end]);
      this.plan.sectionKeys.push(section.keyStart);
    }
    this.section = undefined;
  }
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
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset + shifts[lo];
  };
  return { text: out, toOriginal };
}
