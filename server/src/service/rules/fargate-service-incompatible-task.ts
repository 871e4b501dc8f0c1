import { getProperty, stringValue } from '../model/nodes';
import { spellTerraform } from '../model/terraform';
import { propRange } from './ranges';
import type { Rule } from './types';
import { taskName } from './util/services';

export const fargateServiceIncompatibleTask: Rule = {
  id: 'fargate-service-incompatible-task',
  severity: 'error',
  title: 'A service with launch type FARGATE must run a task definition that can run on Fargate.',
  why: 'Fargate runs only task definitions that use awsvpc mode and set task-level cpu and memory. A task definition that does not list FARGATE in requiresCompatibilities and breaks one of these cannot be placed on Fargate, so ECS rejects the service.',
  awsError: 'Task definition does not support launch_type FARGATE.',
  checkService(ctx) {
    const { service } = ctx;
    const task = service.task;
    const prop = service.launchTypeProp;
    if (!task?.task || !prop || stringValue(prop.value) !== 'FARGATE' || task.fargate !== false) return;
    const reasons: string[] = [];
    const mode = task.networkMode;
    const spell = (k: string) =>
      task.kind === 'cloudformation' ? k[0].toUpperCase() + k.slice(1) : task.kind === 'terraform' ? spellTerraform(k) : k;
    if (mode.explicit && mode.effective && mode.effective !== 'awsvpc') reasons.push(`it uses ${mode.effective} mode`);
    else if (!mode.explicit && mode.effective === 'bridge') reasons.push(`it sets no ${spell('networkMode')} (bridge)`);
    for (const key of ['cpu', 'memory']) if (!getProperty(task.task, key)) reasons.push(`it has no task-level ${spell(key)}`);
    if (reasons.length === 0) return;
    const rc = spell('requiresCompatibilities');
    ctx.report({
      range: propRange(prop),
      message: `${service.key('launchType')} FARGATE, but ${taskName(service)} cannot run on Fargate: ${rc} does not list FARGATE and ${reasons.join(', ')}.`,
    });
  },
};
