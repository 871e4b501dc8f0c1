/** A load balancer entry of a service, followed into the task: the container, its mapping and host port. */
import type { PortSpan } from '../model/ports';
import type { ContainerModel } from '../model/taskdef';
import type { ContainerTarget, ServiceModel } from './model';
import { findContainer, hostPortOf, mappedPorts, spanFor } from './task-ports';

export interface Binding {
  container: ContainerModel;
  span: PortSpan;
  /** Where the load balancer sends traffic: a port of the instance or ENI, or a dynamic host port. */
  hostPort: number | 'dynamic';
}

/** The mapping a load balancer entry sends traffic to, when every value on the way is known. */
export function bindingOf(service: ServiceModel, target: ContainerTarget): Binding | undefined {
  const task = service.task;
  if (!task || target.containerName === undefined || target.containerPort === undefined) return undefined;
  const { container } = findContainer(task, target.containerName);
  if (!container) return undefined;
  const ports = mappedPorts(container);
  const span = ports.complete ? spanFor(ports, target.containerPort) : undefined;
  if (!span) return undefined;
  const hostPort = hostPortOf(task, span);
  if (hostPort === undefined) return undefined;
  return { container, span, hostPort: span.isRange && hostPort !== 'dynamic' ? target.containerPort : hostPort };
}
