import { pathOf } from '../model/nodes';
import { readAllPorts } from '../model/ports';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';

export const containerPortWithPortRange: Rule = {
  id: 'container-port-with-port-range',
  severity: 'warning',
  title: 'A mapping uses either containerPort or containerPortRange, not both.',
  why: 'A port mapping describes one port (containerPort) or one range of ports (containerPortRange). With both it is unclear which one is meant; tools such as the AWS CDK refuse the combination and leave containerPort out when a range is used.',
  check(ctx) {
    for (const port of readAllPorts(ctx.task.containers)) {
      const { rangeProp, containerPortProp, containerPort } = port;
      if (!rangeProp || rangeProp.value?.type !== 'string' || !containerPortProp || containerPort === undefined) continue;
      // Removing a containerPort that lies outside the range would drop that port: offer, don't prefer.
      const outside = port.range !== undefined && (containerPort < port.range.first || containerPort > port.range.last);
      const cp = ctx.spell('containerPort');
      const cpr = ctx.spell('containerPortRange');
      ctx.report({
        range: propRange(containerPortProp),
        message: `${cp} ${containerPort} and ${cpr} ${JSON.stringify(rangeProp.value.value)} are both set in one mapping: ${
          outside ? `${containerPort} lies outside the range, so move it to a mapping of its own` : `keep only ${cpr}`
        }.`,
        fixes: [{ title: `Remove ${cp}`, isPreferred: !outside, edits: [{ op: 'remove', path: pathOf(containerPortProp) }] }],
        related: [{ ...keyRange(rangeProp), message: `${cpr} ${rangeProp.value.value}` }],
      });
    }
  },
};
