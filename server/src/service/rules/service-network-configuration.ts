import { pathOf } from '../model/nodes';
import { keyRange } from './ranges';
import type { Rule } from './types';
import { cap, serviceName, taskName } from './util/services';

export const serviceNetworkConfiguration: Rule = {
  id: 'service-network-configuration',
  severity: 'error',
  title: 'A service of an awsvpc task needs a networkConfiguration, and a service of any other task must not have one.',
  why: "In awsvpc mode each task gets its own network interface, and the service says which subnets and security groups it goes into. In bridge and host mode the task uses the instance's network, and ECS rejects a network configuration.",
  awsError: "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
  checkService(ctx) {
    const { service } = ctx;
    const mode = service.task?.networkMode.effective;
    if (!mode || service.kind === 'appspec') return;
    const nc = service.key('networkConfiguration');
    const prop = service.networkConfigurationProp;
    if (mode === 'awsvpc' && !prop) {
      ctx.report({
        range: service.anchor,
        message: `${cap(serviceName(service))} runs ${taskName(service)} in awsvpc mode but has no ${nc}: add ${service.kind === 'terraform' ? `a ${nc} block` : `${nc}.${service.key('awsvpcConfiguration')}`} with the subnets and security groups for its tasks.`,
      });
    } else if (mode !== 'awsvpc' && prop?.value?.type === 'object') {
      ctx.report({
        range: keyRange(prop),
        message: `${cap(taskName(service))} uses ${mode} mode, where ${nc} is not allowed: remove it, or set the task's network mode to awsvpc.`,
        awsError: 'Network Configuration is not valid for the given networkMode of this task definition.',
        fixes: [{ title: `Remove ${nc}`, edits: [{ op: 'remove', path: pathOf(prop) }] }],
      });
    }
  },
};
