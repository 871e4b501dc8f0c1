import { type ObjectNode, type PropertyNode, pathOf } from '../model/nodes';
import { type PortReading, containerOverlaps, containerSpan, readPort, spansIntersect } from '../model/ports';
import type { ContainerModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { Fix, Rule, RuleContext } from './types';
import { containerLabel } from './util/containers';
import { describeSpan } from './util/ports';

/** The host ports one mapping binds on the instance (bridge/host) or the task's interface (awsvpc). */
interface HostBinding {
  reading: PortReading;
  container: ContainerModel;
  protocol: 'tcp' | 'udp';
  first: number;
  last: number;
  /** What decides the host port: hostPort in bridge, containerPort / containerPortRange otherwise. */
  prop: PropertyNode;
  label: string;
}

function bindingOf(ctx: RuleContext, mode: 'bridge' | 'host' | 'awsvpc', reading: PortReading, container: ContainerModel): HostBinding | undefined {
  const protocol = reading.protocol;
  if (!protocol) return undefined;
  const base = { reading, container, protocol };
  if (mode === 'bridge') {
    // Ranges get host ports from the ephemeral range; 0 or no hostPort is dynamic.
    const hp = reading.hostPort;
    if (reading.rangeProp || !reading.hostPortProp || hp === undefined || hp < 1 || hp > 65535) return undefined;
    return { ...base, first: hp, last: hp, prop: reading.hostPortProp, label: `${ctx.spell('hostPort')} ${hp}` };
  }
  if (mode === 'host' && reading.rangeProp) return undefined; // port-range-network-mode's
  const span = containerSpan(reading);
  if (!span) return undefined;
  // A different hostPort is host-port-mismatch's; the mapping is rejected either way.
  if (!span.isRange && reading.hostPort !== undefined && reading.hostPort !== span.first) return undefined;
  return { ...base, first: span.first, last: span.last, prop: span.prop, label: describeSpan(ctx, span) };
}

export const hostPortConflict: Rule = {
  id: 'host-port-conflict',
  severity: 'error',
  title: 'Two port mappings of one task must not bind the same host port and protocol.',
  why: 'A task\'s containers share one set of host ports: the instance\'s in bridge and host mode, the task\'s network interface in awsvpc mode (where the host port is the container port). Two mappings that bind the same port and protocol cannot both be satisfied.',
  awsError: "TCP host port '3000' is mapped multiple times in task.",
  check(ctx) {
    const mode = ctx.task.networkMode.effective;
    if (mode !== 'bridge' && mode !== 'host' && mode !== 'awsvpc') return;
    const bindings: HostBinding[] = [];
    for (const container of ctx.task.containers) {
      // Repeats inside one container are overlapping-container-ports' problem; leave them out.
      const repeated = new Set<ObjectNode>(containerOverlaps(container).map((o) => o.later.reading.mapping.node));
      for (const pm of container.portMappings) {
        if (repeated.has(pm.node)) continue;
        const binding = bindingOf(ctx, mode, readPort(pm), container);
        if (binding) bindings.push(binding);
      }
    }
    bindings.forEach((later, i) => {
      const earlier = bindings.slice(0, i).find((b) => b.protocol === later.protocol && spansIntersect(b, later));
      if (!earlier) return;
      const from = Math.max(later.first, earlier.first);
      const to = Math.min(later.last, earlier.last);
      const ports = from === to ? `${later.protocol} host port ${from}` : `${later.protocol} host ports ${from}–${to}`;
      const same = earlier.container === later.container;
      const owner = same ? `another port mapping of this container (${earlier.label})` : `${containerLabel(earlier.container)} (${earlier.label})`;
      const how = mode === 'bridge'
        ? ''
        : ` In ${mode} mode the container port is the ${mode === 'awsvpc' ? 'task\'s' : 'instance\'s'} port, so two containers of a task cannot listen on the same one.`;
      const fixes: Fix[] = [];
      const hp = ctx.spell('hostPort');
      if (mode === 'bridge' && later.reading.hostPortProp) {
        fixes.push({ title: `Make it dynamic (remove ${hp})`, edits: [{ op: 'remove', path: pathOf(later.reading.hostPortProp) }] });
      }
      ctx.report({
        range: propRange(later.prop),
        message: `${later.label} binds ${ports}, already bound by ${owner}.${how}`,
        fixes,
        related: [{ ...propRange(earlier.prop), message: `${containerLabel(earlier.container)}: ${earlier.label} (${earlier.protocol})` }],
      });
    });
  },
};
