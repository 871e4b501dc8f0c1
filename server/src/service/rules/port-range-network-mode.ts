import { readAllPorts } from '../model/ports';
import { keyRange, propRange } from './ranges';
import type { RelatedInfo, Rule } from './types';

export const portRangeNetworkMode: Rule = {
  id: 'port-range-network-mode',
  severity: 'error',
  title: 'containerPortRange works only in bridge or awsvpc network mode.',
  why: "ECS maps port ranges only for tasks in bridge mode (the agent picks host ports) or awsvpc mode (the task's own interface). In host or none mode, and in the default NAT mode of Windows tasks, a task definition with a port range is rejected.",
  check(ctx) {
    const info = ctx.task.networkMode;
    const mode = info.effective;
    if (mode === undefined || mode === 'bridge' || mode === 'awsvpc') return;
    const nm = ctx.spell('networkMode');
    const where = mode === 'nat' ? `this Windows task uses the default NAT mode (${nm} omitted)` : `this task uses ${nm} ${mode}`;
    const related: RelatedInfo[] = info.property ? [{ ...keyRange(info.property), message: `${nm} ${mode}` }] : [];
    for (const port of readAllPorts(ctx.task.containers)) {
      const value = port.rangeProp?.value;
      if (!port.rangeProp || value?.type !== 'string') continue;
      ctx.report({
        range: propRange(port.rangeProp),
        message: `${ctx.spell('containerPortRange')} ${JSON.stringify(value.value)} needs ${nm} bridge or awsvpc, but ${where}.`,
        related,
      });
    }
  },
};
