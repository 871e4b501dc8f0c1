import { type PortReading, readPort } from '../model/ports';
import { propRange } from './ranges';
import type { Rule } from './types';
import { containerLabel } from './util/containers';

export const containerPortMultipleProtocols: Rule = {
  id: 'container-port-multiple-protocols',
  severity: 'warning',
  title: 'The same containerPort mapped once as tcp and once as udp in one container.',
  why: 'The ECS API reference says a container port cannot be exposed for more than one protocol. Registration may still succeed, but creating a service can then fail because the port is used in more than one port mapping of the container.',
  awsError: 'Container port 53 is used in more than one port mapping for container coredns-mysql',
  check(ctx) {
    for (const container of ctx.task.containers) {
      // Earlier mappings by container port: linear however many mappings a container has.
      const seen = new Map<number, PortReading[]>();
      for (const pm of container.portMappings) {
        const r = readPort(pm);
        const port = r.containerPort;
        // Mappings with a range are the range's; unknown protocol or port: stay silent.
        if (r.rangeProp || port === undefined || !r.containerPortProp || !r.protocol) continue;
        const same = seen.get(port) ?? [];
        // The first mapping of each protocol is all the checks below need.
        if (!same.some((s) => s.protocol === r.protocol)) seen.set(port, [...same, r]);
        // A second mapping with the same protocol is overlapping-container-ports'.
        if (same.some((s) => s.protocol === r.protocol)) continue;
        const other = same.find((s) => s.protocol !== r.protocol);
        if (!other?.containerPortProp) continue;
        const cp = ctx.spell('containerPort');
        ctx.report({
          range: propRange(r.containerPortProp),
          message: `${cp} ${port} of ${containerLabel(container)} is mapped for ${r.protocol} here and for ${other.protocol} in an earlier mapping. ECS may reject the service ("Container port ${port} is used in more than one port mapping"); use one protocol per container port.`,
          related: [{ ...propRange(other.containerPortProp), message: `${cp} ${port} (${other.protocol})` }],
        });
      }
    }
  },
};
