/** Readings of a port mapping that several rules share. Unknown or mistyped values read as undefined. */
import { type PropertyNode, getProperty, integerValue } from './nodes';
import type { PortMappingModel } from './taskdef';

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
  else if (protocolProp.value?.type === 'string' && (protocolProp.value.value === 'tcp' || protocolProp.value.value === 'udp')) protocol = protocolProp.value.value;
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
