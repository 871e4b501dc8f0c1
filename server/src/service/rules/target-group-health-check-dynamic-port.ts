import { bindingOf } from '../traffic/lb-binding';
import { propRange } from './ranges';
import type { Rule } from './types';
import { firstUserOf, targetGroupKey, quote, setFix } from './util/services';

export const targetGroupHealthCheckDynamicPort: Rule = {
  id: 'target-group-health-check-dynamic-port',
  severity: 'warning',
  title: 'A target group in front of a dynamic host port should check health on traffic-port, not a fixed port.',
  why: 'With hostPort 0 (or no hostPort) in bridge mode, Docker picks a different host port for every task, and ECS registers each task on its own port. A health check on one fixed port reaches none of them, so every target is marked unhealthy and the service keeps replacing its tasks.',
  checkService(ctx) {
    const { service } = ctx;
    for (const target of service.targets) {
      const tg = target.targetGroup;
      if (!tg || typeof tg.healthCheckPort !== 'number' || !tg.healthCheckPortProp || !firstUserOf(ctx.traffic, service, tg)) continue;
      const binding = bindingOf(service, target);
      if (binding?.hostPort !== 'dynamic') continue;
      ctx.report({
        range: propRange(tg.healthCheckPortProp),
        message: `Target group ${tg.name} checks health on fixed port ${tg.healthCheckPort}, but container ${quote(binding.container.name ?? '')} port ${target.containerPort} gets a dynamic host port in bridge mode: use traffic-port.`,
        fixes: [setFix(`Set ${targetGroupKey(tg, 'HealthCheckPort')} to traffic-port`, tg.healthCheckPortProp, 'traffic-port', true)],
      });
    }
  },
};
