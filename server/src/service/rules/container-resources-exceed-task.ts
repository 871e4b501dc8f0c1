import { type PropertyNode, type ValueNode, getProperty, integerValue } from '../model/nodes';
import type { ContainerModel } from '../model/taskdef';
import { parseTaskCpu, parseTaskMemory } from '../model/task-size';
import { propRange } from './ranges';
import type { Rule, RuleContext } from './types';
import { containerLabel, containerRef } from './util/containers';
import { listText } from './util/list';

const SUM_MEMORY_AWS = "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.";
const SUM_CPU_AWS = "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.";

export const containerResourcesExceedTask: Rule = {
  id: 'container-resources-exceed-task',
  severity: 'error',
  title: 'Containers may not ask for more memory or CPU than the task has.',
  why: 'The task-level cpu and memory are the budget all containers share. ECS rejects a container memory limit above the task memory, and reservations or CPU units that add up to more than the task provides.',
  awsError: "The 'memory' setting for container 'blah' is greater than for the task.",
  check(ctx) {
    const task = ctx.task.task;
    if (!task) return;
    const memProp = getProperty(task, 'memory');
    const cpuProp = getProperty(task, 'cpu');
    const taskMemory = taskSize(ctx, memProp, parseTaskMemory);
    const taskCpu = taskSize(ctx, cpuProp, parseTaskCpu);
    const mem = ctx.spell('memory');
    if (memProp && taskMemory !== undefined) {
      const taskText = describe(memProp.value!, taskMemory, 'MiB');
      for (const c of ctx.task.containers) {
        const p = getProperty(c.node, 'memory');
        const v = integerValue(p?.value);
        if (!p || v === undefined || v <= taskMemory) continue;
        ctx.report({
          range: propRange(p),
          message: `${containerLabel(c, 'Container')} ${mem} ${v} MiB is above the task ${mem} ${taskText}.`,
          related: [{ ...propRange(memProp), message: `task ${mem} ${taskText}` }],
        });
      }
      checkSum(ctx, 'memoryReservation', 'MiB', memProp, taskMemory, SUM_MEMORY_AWS);
    }
    if (cpuProp && taskCpu !== undefined) checkSum(ctx, 'cpu', 'CPU units', cpuProp, taskCpu, SUM_CPU_AWS);
  },
};

/** Task cpu/memory as a number; a JSON number is a wrong type in the API (invalid-type's) but fine in CloudFormation. */
function taskSize(
  ctx: RuleContext,
  prop: PropertyNode | undefined,
  parse: (n: ValueNode | undefined) => number | undefined,
): number | undefined {
  const node = prop?.value;
  if (node?.type !== 'string' && !(node?.type === 'number' && ctx.task.kind === 'cloudformation')) return undefined;
  return parse(node);
}

function describe(node: ValueNode, value: number, unit: string): string {
  const plain = node.type === 'number' || (node.type === 'string' && /^\s*\d+\s*$/.test(node.value));
  return plain ? `${value} ${unit}` : `${value} ${unit} (${JSON.stringify(node.type === 'string' ? node.value : '')})`;
}

/** Sum of a container field against the task's value; reported on the one container when only one sets it, else on the task value. */
function checkSum(ctx: RuleContext, apiKey: string, unit: string, taskProp: PropertyNode, taskValue: number, aws: string): void {
  const parts: { c: ContainerModel; prop: PropertyNode; value: number }[] = [];
  for (const c of ctx.task.containers) {
    const prop = getProperty(c.node, apiKey);
    const value = integerValue(prop?.value);
    if (prop && value !== undefined && value > 0) parts.push({ c, prop, value });
  }
  // Unknown values only add to the sum, so the known ones already exceeding the task is certain.
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (total <= taskValue) return;
  const key = ctx.spell(apiKey);
  const taskKey = ctx.spell(apiKey === 'cpu' ? 'cpu' : 'memory');
  const taskText = describe(taskProp.value!, taskValue, unit);
  if (parts.length === 1) {
    const { c, prop, value } = parts[0];
    ctx.report({
      range: propRange(prop),
      message: `${containerLabel(c, 'Container')} ${key} ${value} ${unit} is above the task ${taskKey} ${taskText}. ECS: "${aws}"`,
      related: [{ ...propRange(taskProp), message: `task ${taskKey} ${taskText}` }],
    });
    return;
  }
  const terms = listText(
    parts.map((p) => `${containerRef(p.c)} ${p.value}`),
    ' + ',
  );
  ctx.report({
    range: propRange(taskProp),
    message: `The containers' ${key} values add up to ${total} ${unit} (${terms}), above the task ${taskKey} ${taskText}. ECS: "${aws}"`,
    related: parts.map((p) => ({ ...propRange(p.prop), message: `${containerLabel(p.c, 'Container')}: ${key} ${p.value}` })),
  });
}
