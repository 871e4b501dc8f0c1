/** Readings of a port mapping that several rules share. Unknown or mistyped values read as undefined. */
import { type PropertyNode, getProperty, integerValue } from './nodes';
import type { ContainerModel, PortMappingModel, TaskDefinitionModel } from './taskdef';

export interface PortRange {
  first: number;
  last: number;
}

export interface PortReading {
  mapping: PortMappingModel;
  containerPortProp?: PropertyNode;
  hostPortProp?: PropertyNode;
  /** Integer containerPort, when known. */
  containerPort?: number;
  /** Integer hostPort, when known. */
  hostPort?: number;
  /** `tcp` when omitted; undefined when unknown or not a valid protocol. */
  protocol?: 'tcp' | 'udp';
  rangeProp?: PropertyNode;
  /** Parsed containerPortRange, when valid. */
  range?: PortRange;
}

const RANGE = /^(\d+)-(\d+)$/;

export function parsePortRange(value: string): PortRange | undefined {
  const m = RANGE.exec(value.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = Number(m[2]);
  return first >= 1 && last <= 65535 && first < last ? { first, last } : undefined;
}

export function readPort(mapping: PortMappingModel): PortReading {
  const node = mapping.node;
  const containerPortProp = getProperty(node, 'containerPort');
  const hostPortProp = getProperty(node, 'hostPort');
  const protocolProp = getProperty(node, 'protocol');
  const rangeProp = getProperty(node, 'containerPortRange');
  let protocol: PortReading['protocol'];
  if (!protocolProp) protocol = 'tcp';
  else if (protocolProp.value?.type === 'string' && (protocolProp.value.value === 'tcp' || protocolProp.value.value === 'udp'))
    protocol = protocolProp.value.value;
  const rangeValue = rangeProp?.value;
  return {
    mapping,
    containerPortProp,
    hostPortProp,
    containerPort: integerValue(containerPortProp?.value),
    hostPort: integerValue(hostPortProp?.value),
    protocol,
    rangeProp,
    range: rangeValue?.type === 'string' ? parsePortRange(rangeValue.value) : undefined,
  };
}

/** Every port mapping of the task, read once, in document order. */
export function readAllPorts(containers: { portMappings: PortMappingModel[] }[]): PortReading[] {
  const out: PortReading[] = [];
  for (const c of containers) for (const pm of c.portMappings) out.push(readPort(pm));
  return out;
}

/** The container ports one mapping covers: its containerPortRange, else its containerPort. */
export interface PortSpan {
  reading: PortReading;
  protocol: 'tcp' | 'udp';
  first: number;
  last: number;
  /** The property the span comes from (containerPort or containerPortRange). */
  prop: PropertyNode;
  isRange: boolean;
}

/** Undefined when the ports cannot be known (unknown, null, mistyped, invalid range, unknown protocol). */
export function containerSpan(reading: PortReading): PortSpan | undefined {
  const protocol = reading.protocol;
  if (!protocol) return undefined;
  if (reading.rangeProp) {
    // A mapping with a range is the range (containerPort beside it is container-port-with-port-range's).
    if (!reading.range) return undefined;
    return { reading, protocol, first: reading.range.first, last: reading.range.last, prop: reading.rangeProp, isRange: true };
  }
  const port = reading.containerPort;
  if (port === undefined || !reading.containerPortProp || port < 1 || port > 65535) return undefined;
  return { reading, protocol, first: port, last: port, prop: reading.containerPortProp, isRange: false };
}

export function spansIntersect(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export interface ContainerOverlap {
  later: PortSpan;
  earlier: PortSpan;
}

/** For each mapping of the container that repeats ports of an earlier one (same protocol): the first such earlier one. */
export function containerOverlaps(container: ContainerModel): ContainerOverlap[] {
  // Linear in single ports: the first mapping of each protocol/port is indexed; ranges (ECS allows
  // 100 per container) are compared one by one, and past MAX_RANGES_COMPARED they are not compared.
  const spans: PortSpan[] = [];
  const firstSingle = new Map<string, number>();
  const rangeIndexes: number[] = [];
  const out: ContainerOverlap[] = [];
  for (const pm of container.portMappings) {
    const span = containerSpan(readPort(pm));
    if (!span) continue;
    let earliest = -1;
    const consider = (i: number) => {
      if (earliest < 0 || i < earliest) earliest = i;
    };
    if (!span.isRange) {
      const hit = firstSingle.get(`${span.protocol}:${span.first}`);
      if (hit !== undefined) consider(hit);
      for (const i of rangeIndexes)
        if (spans[i].protocol === span.protocol && spansIntersect(spans[i], span)) {
          consider(i);
          break;
        }
    } else if (rangeIndexes.length < MAX_RANGES_COMPARED) {
      for (let i = 0; i < spans.length; i++)
        if (spans[i].protocol === span.protocol && spansIntersect(spans[i], span)) {
          consider(i);
          break;
        }
    }
    if (earliest >= 0) out.push({ later: span, earlier: spans[earliest] });
    const index = spans.push(span) - 1;
    if (span.isRange) rangeIndexes.push(index);
    else if (!firstSingle.has(`${span.protocol}:${span.first}`)) firstSingle.set(`${span.protocol}:${span.first}`, index);
  }
  return out;
}

/** Ranges compared for overlaps per container (ECS allows 100; too-many-port-ranges reports more). */
const MAX_RANGES_COMPARED = 1000;

/** Host ports the ECS container agent reserves by default (amazon-ecs-agent config_unix.go / config_windows.go). */
export const RESERVED_LINUX: readonly number[] = [22, 2375, 2376, 51678, 51679, 51680];
export const RESERVED_WINDOWS: readonly number[] = [53, 135, 139, 445, 2375, 2376, 3389, 5985, 5986, 51678, 51679];

export function isReservedHostPort(os: 'linux' | 'windows', port: number): boolean {
  return (os === 'linux' ? RESERVED_LINUX : RESERVED_WINDOWS).includes(port);
}

export interface StaticHostPort {
  reading: PortReading;
  port: number;
  /** The property that decides the host port (hostPort, or containerPort in host mode). */
  prop: PropertyNode;
  /** True when the mapping may be made dynamic by removing hostPort. */
  canBeDynamic: boolean;
}

/**
 * The static host ports a task on an EC2 instance binds: a non-zero hostPort in bridge (and in
 * Windows' default NAT mode), the container port in host mode. Empty on Fargate or when unknown.
 */
export function staticHostPorts(task: TaskDefinitionModel): { os: 'linux' | 'windows'; ports: StaticHostPort[] } | undefined {
  if (task.fargate !== false) return undefined;
  const mode = task.networkMode.effective;
  const os = task.os;
  if (os === 'unknown') return undefined;
  const applies = os === 'linux' ? mode === 'bridge' || mode === 'host' : mode === 'nat';
  if (!applies) return undefined;
  const ports: StaticHostPort[] = [];
  for (const reading of readAllPorts(task.containers)) {
    if (reading.rangeProp) continue; // ranges get their host ports from the ephemeral range
    if (mode === 'host') {
      const cp = reading.containerPort;
      if (cp === undefined || !reading.containerPortProp) continue;
      if (reading.hostPortProp && reading.hostPort !== cp) continue; // host-port-mismatch's (or unknown)
      ports.push({ reading, port: cp, prop: reading.hostPortProp ?? reading.containerPortProp, canBeDynamic: false });
    } else {
      const hp = reading.hostPort;
      if (hp === undefined || hp === 0 || !reading.hostPortProp) continue;
      ports.push({ reading, port: hp, prop: reading.hostPortProp, canBeDynamic: true });
    }
  }
  return { os, ports };
}
