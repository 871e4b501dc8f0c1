import { getProperty } from '../model/nodes';
import { hasSyntaxErrorIn } from '../model/document';
import { keyRange, valueRange } from './ranges';
import type { Rule } from './types';

export const emptyContainerDefinitions: Rule = {
  id: 'empty-container-definitions',
  severity: 'error',
  title: 'A task definition needs at least one container definition.',
  why: "A task runs containers; ECS refuses to register a task definition whose container list is empty. CloudFormation's schema lets ContainerDefinitions be left out, but ECS still rejects it.",
  awsError: 'Container list cannot be empty.',
  check(ctx) {
    const { task, kind } = ctx.task;
    if (!task) return;
    const key = ctx.spell('containerDefinitions');
    const prop = getProperty(task, 'containerDefinitions');
    if (!prop) {
      // Missing in JSON is missing-required-property's; CloudFormation's schema makes it optional.
      const properties = task.parent;
      if (kind !== 'cloudformation' || properties?.type !== 'property') return;
      if (hasSyntaxErrorIn(ctx.doc, task)) return;
      ctx.report({
        range: keyRange(properties),
        message: `This task definition has no ${key}; ECS needs at least one container.`,
      });
      return;
    }
    if (prop.value?.type !== 'array' || prop.value.items.length > 0) return;
    ctx.report({
      range: valueRange(prop.value),
      message: `${key} is empty; ECS needs at least one container.`,
    });
  },
};
