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

function bindingOf(
  ctx: RuleContext,
  mode: 'bridge' | 'host' | 'awsvpc',
  reading: PortReading,
  container: ContainerModel,
): HostBinding | undefined {
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
  why: "A task's containers share one set of host ports: the instance's in bridge and host mode, the task's network interface in awsvpc mode (where the host port is the container port). Two mappings that bind the same port and protocol cannot both be satisfied.",
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
    // Few mappings (every real file): compare pairs. Many: a per-port index keeps it n log n.
    // Pairs are cheap up to a few hundred mappings; past that the per-port index keeps it linear.
    const owners = bindings.length > 512 ? { tcp: new PortOwners(), udp: new PortOwners() } : undefined;
    bindings.forEach((later, i) => {
      const earlier = owners
        ? firstEarlier(bindings, i, owners[later.protocol])
        : bindings.slice(0, i).find((b) => b.protocol === later.protocol && spansIntersect(b, later));
      owners?.[later.protocol].add(later, i);
      if (!earlier) return;
      const from = Math.max(later.first, earlier.first);
      const to = Math.min(later.last, earlier.last);
      const ports = from === to ? `${later.protocol} host port ${from}` : `${later.protocol} host ports ${from}–${to}`;
      const same = earlier.container === later.container;
      const owner = same
        ? `another port mapping of this container (${earlier.label})`
        : `${containerLabel(earlier.container)} (${earlier.label})`;
      const how =
        mode === 'bridge'
          ? ''
          : ` In ${mode} mode the container port is the ${mode === 'awsvpc' ? "task's" : "instance's"} port, so two containers of a task cannot listen on the same one.`;
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

const PORTS = 65536;

/** 0, 1, 2, … n-1 (a plain loop: Int32Array.from with a mapper costs milliseconds at this size). */
function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * For each host port, the first binding (by index) that binds it; a min-segment tree answers
 * "the first binding touching any port of this span" in O(log n), so 60,000 mappings stay fast.
 */
class PortOwners {
  private readonly tree = new Int32Array(2 * PORTS).fill(0x7fffffff);
  /** Next port at or after p that has no owner yet (path-compressed), so each port is set once. */
  private readonly next = identity(PORTS + 1);
  /** Bindings with ports outside 0–65535 (never valid, but read): checked one by one. */
  readonly odd: number[] = [];

  add(b: HostBinding, index: number): void {
    if (!inPorts(b)) {
      this.odd.push(index);
      return;
    }
    for (let p = this.free(b.first); p <= b.last; p = this.free(p + 1)) {
      this.next[p] = p + 1;
      for (let k = p + PORTS; k >= 1; k >>= 1) if (this.tree[k] > index) this.tree[k] = index;
    }
  }

  /** Smallest owner index among ports first..last, or undefined. */
  firstIn(first: number, last: number): number | undefined {
    let best = 0x7fffffff;
    for (let lo = first + PORTS, hi = last + PORTS + 1; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) best = Math.min(best, this.tree[lo++]);
      if (hi & 1) best = Math.min(best, this.tree[--hi]);
    }
    return best === 0x7fffffff ? undefined : best;
  }

  private free(p: number): number {
    let root = p;
    while (root < PORTS && this.next[root] !== root) root = this.next[root];
    for (let q = p; q < PORTS && this.next[q] !== q;) {
      const n = this.next[q];
      this.next[q] = root;
      q = n;
    }
    return root;
  }
}

function inPorts(b: { first: number; last: number }): boolean {
  return Number.isInteger(b.first) && Number.isInteger(b.last) && b.first >= 0 && b.last < PORTS && b.first <= b.last;
}

/** The first earlier binding of the same protocol whose span meets `bindings[i]`'s (as a pairwise scan would find). */
function firstEarlier(bindings: HostBinding[], i: number, owners: PortOwners): HostBinding | undefined {
  const later = bindings[i];
  let best: number | undefined;
  if (inPorts(later)) best = owners.firstIn(later.first, later.last);
  else {
    for (let k = 0; k < i; k++) {
      const b = bindings[k];
      if (b.protocol === later.protocol && spansIntersect(b, later)) {
        best = k;
        break;
      }
    }
    return best === undefined ? undefined : bindings[best];
  }
  for (const k of owners.odd) {
    if (best !== undefined && k > best) break;
    if (spansIntersect(bindings[k], later)) {
      best = k;
      break;
    }
  }
  return best === undefined ? undefined : bindings[best];
}
