import { type ObjectNode, type PropertyNode, type ValueNode, isApiKey, pathOf } from '../model/nodes';
import { containerOverlaps } from '../model/ports';
import type { PortMappingModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { Rule } from './types';
import { containerLabel } from './util/containers';
import { describeSpan } from './util/ports';

/** Same content, key order aside; an omitted protocol equals "tcp". Unknown values are never equal. */
export function sameMapping(a: PortMappingModel, b: PortMappingModel): boolean {
  const norm = (node: ObjectNode) =>
    node.properties.filter((p) => !(isApiKey(p, 'protocol') && p.value?.type === 'string' && p.value.value === 'tcp'));
  const pa = norm(a.node);
  const pb = norm(b.node);
  if (pa.length !== pb.length) return false;
  return pa.every((p) => {
    const q = pb.find((x) => sameKey(x, p));
    return !!q && sameValue(p.value, q.value);
  });
}

/** Same key, spelled the same way (a foreign spelling never equals the API key). */
function sameKey(a: PropertyNode, b: PropertyNode): boolean {
  return a.key === b.key && a.spelling === b.spelling;
}

function sameValue(a: ValueNode | undefined, b: ValueNode | undefined): boolean {
  if (!a || !b || a.type !== b.type) return false;
  switch (a.type) {
    case 'unknown':
      return false;
    case 'object': {
      const bo = b as ObjectNode;
      if (a.properties.length !== bo.properties.length) return false;
      return a.properties.every((p) => {
        const q = bo.properties.find((x) => sameKey(x, p));
        return !!q && sameValue(p.value, q.value);
      });
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
  why: "ECS allows each container port (per protocol) in only one port mapping of a container: a repeated containerPort, a containerPort inside another mapping's containerPortRange, or two overlapping ranges are rejected.",
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
          fixes: [
            {
              title: 'Remove the later duplicate mapping',
              ...(exact ? { isPreferred: true } : {}),
              edits: [{ op: 'remove', path: pathOf(later.reading.mapping.node) }],
            },
          ],
          related: [{ ...propRange(earlier.prop), message: `earlier mapping: ${other} (${earlier.protocol})` }],
        });
      }
    }
  },
};
