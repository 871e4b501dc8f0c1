import { keyRange, propRange } from './ranges';
import type { Rule } from './types';
import { type PropertyNode, getProperty } from '../model/nodes';

export const MAX_PORT_RANGES = 100;

export const tooManyPortRanges: Rule = {
  id: 'too-many-port-ranges',
  severity: 'error',
  title: 'A container can have at most 100 containerPortRange mappings.',
  why: 'ECS limits each container to 100 port ranges; a task definition with more is rejected. Merge adjacent ranges into wider ones.',
  check(ctx) {
    for (const container of ctx.task.containers) {
      const prop = container.portMappingsProperty;
      if (!prop) continue;
      const ranges: PropertyNode[] = [];
      for (const pm of container.portMappings) {
        const rangeProp = getProperty(pm.node, 'containerPortRange');
        if (rangeProp?.value?.type === 'string') ranges.push(rangeProp);
      }
      if (ranges.length <= MAX_PORT_RANGES) continue;
      const who = container.name !== undefined ? `Container ${JSON.stringify(container.name)}` : `Container ${container.index + 1}`;
      const cpr = ctx.spell('containerPortRange');
      const first = ranges[MAX_PORT_RANGES];
      ctx.report({
        range: keyRange(prop),
        message: `${who} has ${ranges.length} ${cpr} mappings; ECS allows at most ${MAX_PORT_RANGES} per container.`,
        related: [{ ...propRange(first), message: `range number ${MAX_PORT_RANGES + 1}` }],
      });
    }
  },
};
