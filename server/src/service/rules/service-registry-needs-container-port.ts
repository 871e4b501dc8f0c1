import { pathOf } from '../model/nodes';
import { keyRange, valueRange } from './ranges';
import type { Fix, Rule } from './types';
import { mappedPorts, singlePorts } from '../traffic/task-ports';
import { cap, serviceName, taskName } from './util/services';

export const serviceRegistryNeedsContainerPort: Rule = {
  id: 'service-registry-needs-container-port',
  severity: 'error',
  title: 'With a bridge or host task, each service registry entry must name a containerName and containerPort.',
  why: 'In bridge and host mode the task has no address of its own, so Cloud Map needs to know which container and port to register (the instance address and the host port). ECS rejects the service otherwise.',
  awsError:
    "When specifying 'host' or 'bridge' for networkMode, values for 'containerName' and 'containerPort' must be specified from the task definition.",
  checkService(ctx) {
    const { service } = ctx;
    const task = service.task;
    const mode = task?.networkMode.effective;
    if (!task || (mode !== 'bridge' && mode !== 'host')) return;
    const cn = service.key('containerName');
    const cp = service.key('containerPort');
    for (const target of service.targets) {
      if (target.kind !== 'registry' || (target.containerNameProp && target.containerPortProp)) continue;
      if (target.node.properties.some((p) => p.value?.type === 'unknown')) continue;
      const arn = service.prop(target.node, 'registryArn');
      const missing = [target.containerNameProp ? undefined : cn, target.containerPortProp ? undefined : cp].filter(Boolean).join(' and ');
      // The one obvious repair: the task has one container mapping exactly one port.
      const fixes: Fix[] = [];
      const withPorts = task.containers.filter((c) => c.portMappings.length > 0);
      const ports = withPorts.length === 1 ? mappedPorts(withPorts[0]) : undefined;
      const single = ports?.complete ? singlePorts(ports) : [];
      if (withPorts.length === 1 && single.length === 1 && withPorts[0].name && !target.containerNameProp && !target.containerPortProp) {
        const after = arn ? [arn.rawKey] : undefined;
        fixes.push({
          title: `Add ${cn} ${JSON.stringify(withPorts[0].name)} and ${cp} ${single[0]}`,
          isPreferred: true,
          edits: [
            { op: 'insert', path: pathOf(target.node), key: cn, value: withPorts[0].name, ...(after ? { after } : {}) },
            { op: 'insert', path: pathOf(target.node), key: cp, value: single[0], after: [cn] },
          ],
        });
      }
      ctx.report({
        range: arn ? keyRange(arn) : valueRange(target.node),
        message: `${cap(taskName(service))} uses ${mode} mode, so this service registry entry of ${serviceName(service)} must name ${missing}.`,
        fixes,
      });
    }
  },
};
