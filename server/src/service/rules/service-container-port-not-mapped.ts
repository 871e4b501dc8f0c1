import { findContainer, mappedPorts, singlePorts, spanFor } from '../traffic/task-ports';
import type { ContainerTarget } from '../traffic/model';
import { propRange } from './ranges';
import type { Fix, Rule, ServiceContext } from './types';
import { quote, serviceName, setFix, taskName, taskRelated } from './util/services';
import { listText } from './util/list';

export const serviceContainerPortNotMapped: Rule = {
  id: 'service-container-port-not-mapped',
  severity: 'error',
  title:
    "A service's load balancer or service registry must name a container and a containerPort that a port mapping of the task definition has.",
  why: 'ECS registers the task with the target group (or Cloud Map) on the container and port the service names. When no port mapping of that container has the port, CreateService and UpdateService fail and no traffic reaches the task.',
  awsError: 'The container <name> did not have a container port <port> defined.',
  checkService(ctx) {
    for (const target of ctx.service.targets) checkTarget(ctx, target);
  },
};

function checkTarget(ctx: ServiceContext, target: ContainerTarget): void {
  const { service } = ctx;
  const task = service.task;
  const nameProp = target.containerNameProp;
  if (!task || !nameProp?.value || target.containerName === undefined) return;
  const port = target.containerPort;
  const cp = service.key('containerPort');
  const cn = service.key('containerName');
  const lookup = findContainer(task, target.containerName);
  if (!lookup.container) {
    if (!lookup.namesKnown) return;
    const names = task.containers.map((c) => c.name!);
    // Containers that map the port the entry names: the likely meant one.
    const candidates =
      port === undefined
        ? []
        : task.containers.filter((c) => {
            const ports = mappedPorts(c);
            return ports.complete && spanFor(ports, port) !== undefined;
          });
    const fixes: Fix[] = candidates.map((c) => setFix(`Set ${cn} to ${quote(c.name!)}`, nameProp, c.name, candidates.length === 1));
    ctx.report({
      range: propRange(nameProp),
      message: `${cn} ${quote(target.containerName)} is not a container of ${taskName(service)} (${names.length ? `its containers: ${listText(names)}` : 'it has no containers'}).`,
      fixes,
    });
    return;
  }
  const portProp = target.containerPortProp;
  if (port === undefined || !portProp?.value) return;
  const ports = mappedPorts(lookup.container);
  if (!ports.complete || spanFor(ports, port)) return;
  const mapped = singlePorts(ports);
  const fixes = mapped.slice(0, 5).map((p) => setFix(`Set ${cp} to ${p}`, portProp, p, mapped.length === 1));
  const where = target.kind === 'registry' ? 'service registry' : target.kind === 'appspec' ? 'LoadBalancerInfo' : 'load balancer';
  ctx.report({
    range: propRange(portProp),
    message: `The ${where} of ${serviceName(service)} sends traffic to ${cp} ${port} of container ${quote(target.containerName)}, but no port mapping of that container has it (${mapped.length ? `it maps ${listText(mapped.map(String))}` : 'it maps no ports'}).`,
    awsError: `The container ${target.containerName} did not have a container port ${port} defined.`,
    fixes,
    related: taskRelated(service, lookup.container.portMappingsProperty, `port mappings of ${target.containerName}`),
  });
}
