import { pathOf } from '../model/nodes';
import { readAllPorts } from '../model/ports';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';

export const hostPortMismatch: Rule = {
  id: 'host-port-mismatch',
  severity: 'error',
  title: 'In awsvpc and host mode, hostPort must be omitted or equal containerPort.',
  why: "In awsvpc mode the task has its own network interface and in host mode the container shares the instance's network, so there is no port translation: the container port is the port traffic arrives on. ECS rejects a different hostPort (0 included in awsvpc) at registration.",
  awsError: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
  check(ctx) {
    const mode = ctx.task.networkMode.effective;
    if (mode !== 'awsvpc' && mode !== 'host') return;
    for (const port of readAllPorts(ctx.task.containers)) {
      const { hostPortProp, hostPort, containerPort, containerPortProp } = port;
      if (!hostPortProp || hostPort === undefined || containerPort === undefined || !containerPortProp) continue;
      if (hostPort === containerPort) continue;
      if (port.rangeProp) continue; // host-port-with-port-range reports hostPort beside a range
      const hp = ctx.spell('hostPort');
      const cp = ctx.spell('containerPort');
      ctx.report({
        range: propRange(hostPortProp),
        message:
          hostPort === 0 && mode === 'awsvpc'
            ? `${hp} 0 (dynamic) is not allowed in awsvpc mode: omit ${hp} or set it to ${containerPort}, the ${cp}.`
            : `${hp} ${hostPort} differs from ${cp} ${containerPort} in ${mode} mode: omit ${hp} or set it to ${containerPort}.`,
        fixes: [
          { title: `Remove ${hp}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(hostPortProp) }] },
          {
            title: `Set ${hp} to ${containerPort} (the ${cp})`,
            edits: [{ op: 'set', path: pathOf(hostPortProp.value!), value: containerPort }],
          },
        ],
        related: [{ ...keyRange(containerPortProp), message: `${cp} ${containerPort}` }],
      });
    }
  },
};
