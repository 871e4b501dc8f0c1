import { getProperty, pathOf } from '../model/nodes';
import { propRange } from './ranges';
import type { Rule } from './types';
import { containerRef, isEssential } from './util/containers';

export const noEssentialContainer: Rule = {
  id: 'no-essential-container',
  severity: 'error',
  title: 'At least one container must be essential.',
  why: "A task runs as long as its essential containers run. With every container marked essential: false there is nothing that defines the task's life, and ECS refuses to register it. An omitted essential counts as true.",
  awsError: "Task definition doesn't have any essential container.",
  check(ctx) {
    const { containers, containersNode } = ctx.task;
    if (containers.length === 0 || !containersNode || containersNode.items.length !== containers.length) return;
    if (!containers.every((c) => isEssential(c) === false)) return;
    const key = ctx.spell('essential');
    const props = containers.map((c) => getProperty(c.node, 'essential')!);
    const who = containerRef(containers[0]);
    ctx.report({
      range: propRange(props[0]),
      message:
        containers.length === 1
          ? `The only container sets ${key} to false; ECS needs at least one essential container.`
          : `All ${containers.length} containers set ${key} to false; ECS needs at least one essential container.`,
      related: props.slice(1).map((p, i) => ({ ...propRange(p), message: `container #${i + 2}: ${key} false` })),
      fixes: [
        {
          title: `Set ${key} to true on container ${who}`,
          // Safe only when there is no choice to make.
          isPreferred: containers.length === 1,
          edits: [{ op: 'set', path: pathOf(props[0].value!), value: true }],
        },
      ],
    });
  },
};
