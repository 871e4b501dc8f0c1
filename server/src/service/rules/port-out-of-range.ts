import { readAllPorts } from '../model/ports';
import { propRange } from './ranges';
import type { Rule } from './types';

export const portOutOfRange: Rule = {
  id: 'port-out-of-range',
  severity: 'error',
  title: 'containerPort must be 1–65535 and hostPort 0–65535.',
  why: 'TCP and UDP port numbers stop at 65535. A containerPort must be a real port (1 or more); a hostPort may also be 0, which in bridge mode asks for a dynamic port.',
  check(ctx) {
    for (const port of readAllPorts(ctx.task.containers)) {
      const { containerPort, containerPortProp, hostPort, hostPortProp } = port;
      if (containerPortProp && containerPort !== undefined && (containerPort < 1 || containerPort > 65535)) {
        ctx.report({
          range: propRange(containerPortProp),
          message: `${ctx.spell('containerPort')} ${containerPort} is outside the valid port range 1–65535.`,
        });
      }
      // A hostPort beside a containerPortRange must go anyway (host-port-with-port-range).
      if (hostPortProp && hostPort !== undefined && !port.rangeProp && (hostPort < 0 || hostPort > 65535)) {
        ctx.report({
          range: propRange(hostPortProp),
          message: `${ctx.spell('hostPort')} ${hostPort} is outside the valid range 0–65535 (0 or no ${ctx.spell('hostPort')} means a dynamic port in bridge mode).`,
        });
      }
    }
  },
};
