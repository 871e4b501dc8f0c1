import { type ObjectNode, type PropertyNode, type ValueNode, pathOf } from '../model/nodes';
import { type PortReading, readPort } from '../model/ports';
import type { ContainerModel, PortMappingModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { Rule, RuleContext } from './types';
import { containerLabel } from './util/containers';

/** The container ports one mapping covers: its containerPortRange, else its containerPort. */
export interface PortSpan {
  reading: PortReading;
  protocol: 'tcp' | 'udp';
  first: number;
  last: number;
  /** The property the span comes from (containerPort or containerPortRange). */
  prop: PropertyNode;
  isRange: boolean;
}

/** Undefined when the ports cannot be known (unknown, null, mistyped, invalid range, unknown protocol). */
export function containerSpan(reading: PortReading): PortSpan | undefined {
  const protocol = reading.protocol;
  if (!protocol) return undefined;
  if (reading.rangeProp) {
    // A mapping with a range is the range (containerPort beside it is container-port-with-port-range's).
    if (!reading.range) return undefined;
    return { reading, protocol, first: reading.range.first, last: reading.range.last, prop: reading.rangeProp, isRange: true };
  }
  const port = reading.containerPort;
  if (port === undefined || !reading.containerPortProp || port < 1 || port > 65535) return undefined;
  return { reading, protocol, first: port, last: port, prop: reading.containerPortProp, isRange: false };
}

export function spansIntersect(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export interface ContainerOverlap {
  later: PortSpan;
  earlier: PortSpan;
}

/** For each mapping of the container that repeats ports of an earlier one (same protocol): the first such earlier one. */
export function containerOverlaps(container: ContainerModel): ContainerOverlap[] {
  const spans: PortSpan[] = [];
  const out: ContainerOverlap[] = [];
  for (const pm of container.portMappings) {
    const span = containerSpan(readPort(pm));
    if (!span) continue;
    const earlier = spans.find((s) => s.protocol === span.protocol && spansIntersect(s, span));
    if (earlier) out.push({ later: span, earlier });
    spans.push(span);
  }
  return out;
}

export function describeSpan(ctx: RuleContext, span: PortSpan): string {
  return span.isRange
    ? `${ctx.spell('containerPortRange')} "${span.first}-${span.last}"`
    : `${ctx.spell('containerPort')} ${span.first}`;
}

/** Same content, key order aside; an omitted protocol equals "tcp". Unknown values are never equal. */
export function sameMapping(a: PortMappingModel, b: PortMappingModel): boolean {
  const norm = (node: ObjectNode) => node.properties.filter((p) => !(p.key === 'protocol' && p.value?.type === 'string' && p.value.value === 'tcp'));
  const pa = norm(a.node);
  const pb = norm(b.node);
  if (pa.length !== pb.length) return false;
  return pa.every((p) => {
    const q = pb.find((x) => x.key === p.key);
    return !!q && sameValue(p.value, q.value);
  });
}

function sameValue(a: ValueNode | undefined, b: ValueNode | undefined): boolean {
  if (!a || !b || a.type !== b.type) return false;
  switch (a.type) {
    case 'unknown':
      return false;
    case 'object': {
      const bo = b as ObjectNode;
      if (a.properties.length !== bo.properties.length) return false;
      return a.properties.every((p) => { const q = bo.properties.find((x) => x.key === p.key); return !!q && sameValue(p.value, q.value); });
    }
    case 'array': {
      const bi = (b as typeof a).items;
      return a.items.length === bi.length && a.items.every((item, i) => sameValue(item, bi[i]));
    }
    default:
      return a.value === (b as typeof a).value;
  }
}

export const overlappingContainerPorts: Rule = {
  id: 'overlapping-container-ports',
  severity: 'error',
  title: 'Within one container, a port may appear in only one port mapping per protocol.',
  why: 'ECS allows each container port (per protocol) in only one port mapping of a container: a repeated containerPort, a containerPort inside another mapping\'s containerPortRange, or two overlapping ranges are rejected.',
  check(ctx) {
    for (const container of ctx.task.containers) {
      for (const { later, earlier } of containerOverlaps(container)) {
        const what = describeSpan(ctx, later);
        const other = describeSpan(ctx, earlier);
        const where = `an earlier port mapping of ${containerLabel(container)}`;
        let message: string;
        if (!later.isRange && !earlier.isRange) message = `${what} (${later.protocol}) is already mapped by ${where}.`;
        else if (!later.isRange) message = `${what} (${later.protocol}) falls inside ${other} of ${where}.`;
        else if (!earlier.isRange) message = `${what} (${later.protocol}) includes ${other}, already mapped by ${where}.`;
        else {
          const from = Math.max(later.first, earlier.first);
          const to = Math.min(later.last, earlier.last);
          message = `${what} (${later.protocol}) overlaps ${other} of ${where} (port${from === to ? ` ${from}` : `s ${from}–${to}`}).`;
        }
        const exact = sameMapping(later.reading.mapping, earlier.reading.mapping);
        ctx.report({
          range: propRange(later.prop),
          message: exact ? `${message} The two mappings are identical.` : message,
          fixes: [{
            title: 'Remove the later duplicate mapping',
            ...(exact ? { isPreferred: true } : {}),
            edits: [{ op: 'remove', path: pathOf(later.reading.mapping.node) }],
          }],
          related: [{ ...propRange(earlier.prop), message: `earlier mapping: ${other} (${earlier.protocol})` }],
        });
      }
    }
  },
};
