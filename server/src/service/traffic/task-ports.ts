/**
 * What a service's task definition exposes, read for cross-resource rules: containers by name and
 * the ports each maps, with the host port each binds in the task's network mode. A reading is
 * `complete` only when every value involved is known, so rules can stay silent otherwise.
 */
import { type PortSpan, containerSpan, readPort } from '../model/ports';
import type { ContainerModel, TaskDefinitionModel } from '../model/taskdef';

export interface ContainerLookup {
  container?: ContainerModel;
  /** False when some container's name is unknown (so "no such container" cannot be said). */
  namesKnown: boolean;
}

export function findContainer(task: TaskDefinitionModel, name: string): ContainerLookup {
  const container = task.containers.find((c) => c.name === name);
  const itemsKnown = !!task.containersNode && task.containersNode.items.every((i) => i.type === 'object');
  const namesKnown = itemsKnown && task.containers.every((c) => c.name !== undefined);
  return { container, namesKnown };
}

export interface MappedPorts {
  spans: PortSpan[];
  /** Every mapping of the container could be read (no placeholder, no unknown port or protocol). */
  complete: boolean;
}

export function mappedPorts(container: ContainerModel): MappedPorts {
  const prop = container.portMappingsProperty;
  if (prop && prop.value?.type !== 'array') return { spans: [], complete: !prop.value || prop.value.type === 'null' };
  const spans: PortSpan[] = [];
  let complete = prop?.value?.type !== 'array' || prop.value.items.every((i) => i.type === 'object');
  for (const pm of container.portMappings) {
    const span = containerSpan(readPort(pm));
    if (span) spans.push(span);
    else complete = false;
  }
  return { spans, complete };
}

/** The mapping of `port` (tcp first), if any. */
export function spanFor(ports: MappedPorts, port: number): PortSpan | undefined {
  const hits = ports.spans.filter((s) => s.first <= port && port <= s.last);
  return hits.find((s) => s.protocol === 'tcp') ?? hits[0];
}

/** The single container ports (not ranges) a container maps, in order, without repeats. */
export function singlePorts(ports: MappedPorts): number[] {
  return [...new Set(ports.spans.filter((s) => !s.isRange).map((s) => s.first))];
}

/**
 * The host port traffic for this mapping arrives on: the container port in awsvpc and host mode,
 * the static hostPort in bridge mode, 'dynamic' for hostPort 0 or omitted in bridge mode.
 * Undefined when it cannot be known.
 */
export function hostPortOf(task: TaskDefinitionModel, span: PortSpan): number | 'dynamic' | undefined {
  const mode = task.networkMode.effective;
  if (mode === 'awsvpc' || mode === 'host') return span.isRange ? undefined : span.first;
  if (mode !== 'bridge') return undefined;
  if (span.isRange) return 'dynamic';
  const r = span.reading;
  if (!r.hostPortProp) return 'dynamic';
  if (r.hostPort === undefined) return undefined;
  return r.hostPort === 0 ? 'dynamic' : r.hostPort;
}
