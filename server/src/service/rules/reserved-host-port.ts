import { isReservedHostPort, staticHostPorts } from '../model/ports';
import { propRange } from './ranges';
import type { Rule } from './types';
import { makeDynamicFix } from './util/ports';

const LIST_TEXT = { linux: '22, 2375, 2376, 51678–51680', windows: '53, 135, 139, 445, 2375, 2376, 3389, 5985, 5986, 51678, 51679' };

export const reservedHostPort: Rule = {
  id: 'reserved-host-port',
  severity: 'warning',
  title: 'A static host port that the ECS container agent reserves on every instance.',
  why: "The ECS container agent reserves some host ports on each container instance (SSH, the Docker daemon, the agent's own ports). ECS treats them as taken, so a task that needs one is never placed: the service reports that no container instance met its requirements, RunTask fails with RESOURCE:PORTS.",
  awsError:
    '… was unable to place a task because no container instance met all of its requirements. The closest matching container-instance … is already using a port required by your task.',
  check(ctx) {
    const found = staticHostPorts(ctx.task);
    if (!found) return;
    const { os } = found;
    for (const sp of found.ports) {
      if (!isReservedHostPort(os, sp.port)) continue;
      const what =
        sp.prop.key === 'hostPort'
          ? `${ctx.spell('hostPort')} ${sp.port}`
          : `${ctx.spell('containerPort')} ${sp.port} (the host port in host mode)`;
      const system = os === 'linux' ? 'Linux' : 'Windows';
      ctx.report({
        range: propRange(sp.prop),
        message: `${what} is reserved by the ECS container agent on ${system} container instances (${LIST_TEXT[os]}), so ECS will not place the task on any instance.`,
        fixes: sp.canBeDynamic ? [makeDynamicFix(ctx, sp.prop)] : [],
      });
    }
  },
};
