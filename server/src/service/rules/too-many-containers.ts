import { getProperty } from '../model/nodes';
import { keyRange } from './ranges';
import type { Rule } from './types';
import { containerAnchor } from './util/containers';

export const MAX_CONTAINERS = 10;

export const tooManyContainers: Rule = {
  id: 'too-many-containers',
  severity: 'error',
  title: 'A task definition can have at most 10 containers.',
  why: 'ECS limits a task definition to 10 container definitions and rejects registration above that. Split the containers across several task definitions or services.',
  awsError: 'Too many containers.',
  check(ctx) {
    const containers = ctx.task.containers;
    if (containers.length <= MAX_CONTAINERS) return;
    const extra = containers[MAX_CONTAINERS];
    const prop = ctx.task.task ? getProperty(ctx.task.task, 'containerDefinitions') : undefined;
    ctx.report({
      // A bare container array has no key to point at: point at the first container over the limit.
      range: prop ? keyRange(prop) : containerAnchor(extra),
      message: `This task definition has ${containers.length} containers; ECS allows at most ${MAX_CONTAINERS}.`,
      related: prop ? [{ ...containerAnchor(extra), message: `container number ${MAX_CONTAINERS + 1}` }] : [],
    });
  },
};
