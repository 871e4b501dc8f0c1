import { type PropertyNode, getProperty } from '../model/nodes';
import { propRange } from './ranges';
import type { Rule } from './types';

export const duplicateContainerName: Rule = {
  id: 'duplicate-container-name',
  severity: 'error',
  title: 'Container names must be unique within a task definition.',
  why: 'Containers are referenced by name (dependsOn, links, volumesFrom, load balancers, Service Connect, logs), so ECS rejects a task definition in which two containers share one.',
  awsError: 'Container names must be unique within a Task Definition.',
  check(ctx) {
    const seen = new Map<string, { prop: PropertyNode; index: number }>();
    for (const container of ctx.task.containers) {
      const prop = getProperty(container.node, 'name');
      if (!prop || container.name === undefined) continue;
      const first = seen.get(container.name);
      if (!first) {
        seen.set(container.name, { prop, index: container.index });
        continue;
      }
      ctx.report({
        range: propRange(prop),
        message: `Container ${ctx.spell('name')} ${JSON.stringify(container.name)} is already used by container #${first.index + 1}; each container needs its own name.`,
        related: [{ ...propRange(first.prop), message: `first container named ${JSON.stringify(container.name)}` }],
      });
    }
  },
};
