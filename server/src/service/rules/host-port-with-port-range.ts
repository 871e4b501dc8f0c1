import { pathOf } from '../model/nodes';
import { readAllPorts } from '../model/ports';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';

export const hostPortWithPortRange: Rule = {
  id: 'host-port-with-port-range',
  severity: 'error',
  title: 'A mapping with containerPortRange must not set hostPort.',
  why: 'With a port range ECS chooses the host ports itself: in awsvpc mode they equal the container ports, in bridge mode the agent picks them from the ephemeral range. The API says to leave hostPort empty when containerPortRange is used.',
  check(ctx) {
    for (const port of readAllPorts(ctx.task.containers)) {
      const { rangeProp, hostPortProp, hostPort } = port;
      if (!rangeProp || rangeProp.value?.type !== 'string' || !hostPortProp || hostPort === undefined) continue;
      const hp = ctx.spell('hostPort');
      const cpr = ctx.spell('containerPortRange');
      ctx.report({
        range: propRange(hostPortProp),
        message: `${hp} ${hostPort} cannot be set beside ${cpr} ${JSON.stringify(rangeProp.value.value)}: ECS assigns the host ports of a range itself; remove ${hp}.`,
        fixes: [{ title: `Remove ${hp}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(hostPortProp) }] }],
        related: [{ ...keyRange(rangeProp), message: `${cpr} ${rangeProp.value.value}` }],
      });
    }
  },
};
