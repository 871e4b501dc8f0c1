import { isReservedHostPort, staticHostPorts } from '../model/ports';
import { propRange } from './ranges';
import type { Rule } from './types';
import { makeDynamicFix } from './util/ports';

/**
 * Linux: the ECS-optimised AMI (and the kernel default) hands out 32768–60999; when the agent cannot
 * read the kernel's range it uses 49153–65535. Any port from 32768 up is in one of them.
 * Windows (default NAT mode): 49152–65535.
 */
export const EPHEMERAL_FIRST = { linux: 32768, windows: 49152 } as const;

export const hostPortInEphemeralRange: Rule = {
  id: 'host-port-in-ephemeral-range',
  severity: 'warning',
  title: 'A static host port inside the range ECS and Docker use for dynamic host ports.',
  why: "In bridge mode, mappings without a hostPort get a free port from the instance's ephemeral range. A static hostPort inside that range can already be taken by such a dynamic port (or by an outgoing connection), and the task then fails to start on that instance.",
  check(ctx) {
    const found = staticHostPorts(ctx.task);
    if (!found) return;
    const { os } = found;
    for (const sp of found.ports) {
      // Bridge (and Windows' default NAT) only: in host mode the port is the application's own.
      if (!sp.canBeDynamic) continue;
      if (sp.port < EPHEMERAL_FIRST[os] || sp.port > 65535 || isReservedHostPort(os, sp.port)) continue;
      const hp = ctx.spell('hostPort');
      const ranges =
        os === 'linux'
          ? "the ECS-optimised AMI uses 32768–60999, and the agent falls back to 49153–65535 when it cannot read the kernel's range"
          : 'Windows uses 49152–65535';
      ctx.report({
        range: propRange(sp.prop),
        message: `${hp} ${sp.port} is inside the ephemeral port range that dynamic host ports come from (${ranges}), so it may already be taken when the task starts. Use a port below ${EPHEMERAL_FIRST[os]}, or omit ${hp} for a dynamic port.`,
        fixes: [makeDynamicFix(ctx, sp.prop)],
      });
    }
  },
};
