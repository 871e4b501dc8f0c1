import { type ObjectNode, getProperty, pathOf } from '../model/nodes';
import { hasSyntaxErrorIn } from '../model/document';
import type { Rule } from './types';
import { containerAnchor, containerLabel } from './util/containers';

/** The memoryReservation the fix adds: a modest soft limit most small services fit in. */
export const DEFAULT_MEMORY_RESERVATION = 512;

/** 'set' when the field holds a value (of any kind), 'unset' when absent or null, 'unknown' while being typed. */
function state(obj: ObjectNode, key: string): 'set' | 'unset' | 'unknown' {
  const prop = getProperty(obj, key);
  if (!prop) return 'unset';
  if (!prop.value) return 'unknown';
  return prop.value.type === 'null' ? 'unset' : 'set';
}

export const containerMemoryRequired: Rule = {
  id: 'container-memory-required',
  severity: 'error',
  title: 'Without task-level memory, every container needs memory or memoryReservation.',
  why: "ECS places a task by its memory. When the task does not set memory, it adds up the containers' memory or memoryReservation, so each container must set at least one of them; otherwise registration fails.",
  awsError: "Invalid setting for container 'my-container'. At least one of 'memory' or 'memoryReservation' must be specified.",
  check(ctx) {
    const task = ctx.task.task;
    // A bare container array: the task's memory is set elsewhere (e.g. Terraform), so it is unknown.
    if (!task || state(task, 'memory') !== 'unset') return;
    // A Fargate task without memory is fargate-requires-task-size's: task memory is the fix there.
    if (ctx.task.fargate === true && !getProperty(task, 'memory')) return;
    // A syntax error inside the task may have swallowed the memory settings this rule misses.
    if (hasSyntaxErrorIn(ctx.doc, task)) return;
    const mem = ctx.spell('memory');
    const res = ctx.spell('memoryReservation');
    for (const container of ctx.task.containers) {
      if (state(container.node, 'memory') !== 'unset' || state(container.node, 'memoryReservation') !== 'unset') continue;
      ctx.report({
        range: containerAnchor(container),
        message: `${containerLabel(container, 'Container')} sets neither ${mem} nor ${res}, and the task sets no ${mem}: ECS needs one of them.`,
        fixes: [
          {
            title: `Add ${res}: ${DEFAULT_MEMORY_RESERVATION} (MiB, a guess to adjust)`,
            edits: [
              {
                op: 'insert',
                path: pathOf(container.node),
                key: res,
                value: DEFAULT_MEMORY_RESERVATION,
                after: [mem, ctx.spell('cpu'), ctx.spell('image'), ctx.spell('name')],
              },
            ],
          },
        ],
      });
    }
  },
};
