import { pathOf } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { Fix, Rule } from './types';

export const portMappingsInNoneMode: Rule = {
  id: 'port-mappings-in-none-mode',
  severity: 'error',
  title: 'A task in network mode none cannot have port mappings.',
  why: 'With networkMode none the containers get no external network at all, so there is nothing to map a port to. ECS does not accept port mappings in this mode.',
  check(ctx) {
    const { property, effective } = ctx.task.networkMode;
    if (effective !== 'none' || !property?.value) return;
    const nm = ctx.spell('networkMode');
    const pms = ctx.spell('portMappings');
    // Fargate and Windows tasks can only use awsvpc; Linux EC2 tasks usually mean bridge or awsvpc.
    const modes = ctx.task.fargate === false && ctx.task.os === 'linux' ? ['bridge', 'awsvpc'] : ['awsvpc'];
    for (const container of ctx.task.containers) {
      const prop = container.portMappingsProperty;
      if (!prop || container.portMappings.length === 0) continue;
      const n = container.portMappings.length;
      const fixes: Fix[] = [{ title: `Remove ${pms}`, edits: [{ op: 'remove', path: pathOf(prop) }] }];
      for (const mode of modes) {
        fixes.push({ title: `Set ${nm} to ${mode}`, edits: [{ op: 'set', path: pathOf(property.value), value: mode }] });
      }
      ctx.report({
        range: keyRange(prop),
        message: `${n === 1 ? 'A port mapping' : `${n} port mappings`} in ${nm} none: a task without networking cannot map ports. Remove ${pms} or choose another ${nm}.`,
        fixes,
        related: [{ ...propRange(property), message: `${nm} none` }],
      });
    }
  },
};
