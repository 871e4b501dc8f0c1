import { readAllPorts } from '../model/ports';
import { bindingOf } from '../traffic/lb-binding';
import { propRange } from './ranges';
import type { Rule } from './types';
import { firstUserOf, targetGroupKey, setFix, taskName } from './util/services';
import { listText } from './util/list';

export const targetGroupHealthCheckPortUnmapped: Rule = {
  id: 'target-group-health-check-port-unmapped',
  severity: 'warning',
  title: 'A fixed target group HealthCheckPort should be a host port that a port mapping of the bridge-mode task publishes.',
  why: "In bridge mode Docker publishes only the host ports of the task's port mappings. A health check on any other port of the instance never reaches the task, so its targets are marked unhealthy. (In awsvpc and host mode every port the container listens on is reachable, so this is not checked there.)",
  checkService(ctx) {
    const { service } = ctx;
    const task = service.task;
    if (!task || task.networkMode.effective !== 'bridge') return;
    for (const target of service.targets) {
      const tg = target.targetGroup;
      const port = tg?.healthCheckPort;
      if (!tg || typeof port !== 'number' || !tg.healthCheckPortProp || !firstUserOf(ctx.traffic, service, tg)) continue;
      const binding = bindingOf(service, target);
      if (binding === undefined || binding.hostPort === 'dynamic') continue; // the dynamic case is target-group-health-check-dynamic-port's
      // Every static host port of the task, only when all of them are known.
      const readings = readAllPorts(task.containers);
      if (readings.some((r) => (r.hostPortProp && r.hostPort === undefined) || !r.protocol)) continue;
      const published = readings.filter((r) => r.hostPort !== undefined && r.hostPort !== 0 && !r.rangeProp).map((r) => r.hostPort!);
      if (published.includes(port)) continue;
      ctx.report({
        range: propRange(tg.healthCheckPortProp),
        message: `Target group ${tg.name} checks health on port ${port}, but ${taskName(service)} (bridge mode) publishes no host port ${port} (${published.length ? `it publishes ${listText([...new Set(published)].map(String))}` : 'it publishes no fixed host ports'}).`,
        fixes: [setFix(`Set ${targetGroupKey(tg, 'HealthCheckPort')} to traffic-port`, tg.healthCheckPortProp, 'traffic-port')],
      });
    }
  },
};
