import { type ValueNode, getProperty, pathOf } from '../model/nodes';
import { parseTaskCpu, parseTaskMemory } from '../model/task-size';
import {
  cpuLabel,
  fargateCpuValues,
  fargateMemoryFor,
  fargateRow,
  memoryListText,
  nearestFargateCpu,
  nearestFargateMemory,
  smallestFargateCpuFor,
  writeTaskSizeLike,
} from '../model/fargate-sizes';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';

export const fargateInvalidTaskSize: Rule = {
  id: 'fargate-invalid-task-size',
  severity: 'error',
  title: "A Fargate task's cpu and memory must be one of the sizes Fargate offers.",
  why: 'Fargate runs tasks only in fixed sizes: each task cpu value allows a fixed range of memory, and Windows tasks only get 1, 2 or 4 vCPU. ECS rejects any other pair at registration.',
  awsError:
    'No Fargate configuration exists for given values: 4096 CPU, 2048 memory. See the Amazon ECS documentation for the valid values',
  check(ctx) {
    const task = ctx.task.task;
    if (!task || ctx.task.fargate !== true) return;
    const cpuProp = getProperty(task, 'cpu');
    const memProp = getProperty(task, 'memory');
    const cpuNode = cpuProp?.value;
    const memNode = memProp?.value;
    // Numbers are invalid-type's problem, but their size is still checked here (a different problem).
    const cpu = parseTaskCpu(cpuNode);
    const memory = parseTaskMemory(memNode);
    if (!cpuProp || !memProp || !cpuNode || !memNode || cpu === undefined || memory === undefined) return;
    const os = ctx.task.os;
    const cpuKey = ctx.spell('cpu');
    const memKey = ctx.spell('memory');
    const cpuText = shown(cpuNode, `${cpu} units`, fargateRow(cpu, 'linux') ? cpuLabel(cpu) : String(cpu));
    const memText = shown(memNode, `${memory} MiB`, `${memory} MiB`);
    const windows = os === 'windows';

    if (!fargateRow(cpu, os)) {
      const valid = fargateCpuValues(os);
      const message =
        windows && fargateRow(cpu, 'linux')
          ? `Windows tasks on Fargate need ${cpuKey} 1024, 2048 or 4096 (1, 2 or 4 vCPU); this task has ${cpuKey} ${cpuText} with ${memKey} ${memText}.`
          : `${cpuKey} ${cpuText} is not a Fargate size (with ${memKey} ${memText}); ${windows ? 'Windows tasks on Fargate allow' : 'Fargate allows'} ${cpuKey} ${valid.join(', ')}.`;
      ctx.report({ range: propRange(cpuProp), message, fixes: cpuFixes(cpuNode, memNode, memory, os, cpuKey, memKey) });
      return;
    }
    if (fargateMemoryFor(cpu, os)!.includes(memory)) return;
    const list = fargateMemoryFor(cpu, os)!;
    const fixes: Fix[] = [];
    const nearest = nearestFargateMemory(cpu, memory, os)!;
    const nearestWritten = writeTaskSizeLike(memNode, nearest, 'memory');
    fixes.push({
      title: `Set ${memKey} to ${JSON.stringify(nearestWritten)} (nearest valid for ${cpuKey} ${cpu})`,
      edits: [{ op: 'set', path: pathOf(memNode), value: nearestWritten }],
    });
    // Raising cpu is a fair alternative when memory is above this cpu's range; lowering it is not offered.
    const fitting = smallestFargateCpuFor(memory, os);
    if (fitting !== undefined && fitting > cpu) {
      const cpuWritten = writeTaskSizeLike(cpuNode, fitting, 'cpu');
      fixes.push({
        title: `Set ${cpuKey} to ${JSON.stringify(cpuWritten)} (smallest that allows ${memory} MiB)`,
        edits: [{ op: 'set', path: pathOf(cpuNode), value: cpuWritten }],
      });
    }
    ctx.report({
      range: propRange(memProp),
      message: `${memKey} ${memText} does not fit ${cpuKey} ${cpuText} on Fargate${windows ? ' (Windows)' : ''}: with this ${cpuKey}, ${memKey} must be ${memoryListText(list)}.`,
      awsError: `No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid values`,
      fixes,
    });
  },
};

/** `"1 vCPU" (1024 units)` for text forms, the plain label otherwise. */
function shown(node: ValueNode, converted: string, plain: string): string {
  if (node.type === 'string' && !/^\s*\d+\s*$/.test(node.value)) return `"${node.value}" (${converted})`;
  return plain;
}

/** For a cpu that is not a Fargate size: the smallest valid cpu that allows the memory, else a valid pair near both. */
function cpuFixes(
  cpuNode: ValueNode,
  memNode: ValueNode,
  memory: number,
  os: 'linux' | 'windows' | 'unknown',
  cpuKey: string,
  memKey: string,
): Fix[] {
  const fitting = smallestFargateCpuFor(memory, os);
  if (fitting !== undefined) {
    const written = writeTaskSizeLike(cpuNode, fitting, 'cpu');
    return [
      {
        title: `Set ${cpuKey} to ${JSON.stringify(written)} (smallest that allows ${memory} MiB)`,
        edits: [{ op: 'set', path: pathOf(cpuNode), value: written }],
      },
    ];
  }
  const cpu = nearestFargateCpu(parseTaskCpu(cpuNode) ?? 0, os);
  const mem = nearestFargateMemory(cpu, memory, os)!;
  const cpuWritten = writeTaskSizeLike(cpuNode, cpu, 'cpu');
  const memWritten = writeTaskSizeLike(memNode, mem, 'memory');
  return [
    {
      title: `Set ${cpuKey} to ${JSON.stringify(cpuWritten)} and ${memKey} to ${JSON.stringify(memWritten)}`,
      edits: [
        { op: 'set', path: pathOf(cpuNode), value: cpuWritten },
        { op: 'set', path: pathOf(memNode), value: memWritten },
      ],
    },
  ];
}
