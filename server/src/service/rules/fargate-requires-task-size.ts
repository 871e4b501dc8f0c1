import { type ObjectNode, get, getProperty, integerValue, pathOf } from '../model/nodes';
import { parseTaskCpu, parseTaskMemory } from '../model/task-size';
import { type FargateOs, fargateMemoryFor, fargateRows } from '../model/fargate-sizes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { keyRange } from './ranges';
import type { Fix, FixEdit, Rule } from './types';

/** Keys after which an inserted `cpu` reads naturally, first match wins. */
const CPU_AFTER = ['requiresCompatibilities', 'networkMode', 'executionRoleArn', 'taskRoleArn', 'family'];

export const fargateRequiresTaskSize: Rule = {
  id: 'fargate-requires-task-size',
  severity: 'error',
  title: 'A Fargate task must set task-level cpu and memory.',
  why: "Fargate sizes the task's micro-VM from the task-level cpu and memory, so both are required; container-level values alone are not enough. ECS rejects the task definition at registration.",
  awsError: "Fargate requires that 'cpu' be defined at the task level.",
  check(ctx) {
    const task = ctx.task.task;
    if (!task || ctx.task.fargate !== true) return;
    const cpuProp = getProperty(task, 'cpu');
    const memProp = getProperty(task, 'memory');
    if (cpuProp && memProp) return;
    const rc = getProperty(task, 'requiresCompatibilities');
    if (!rc) return;
    const cpuKey = ctx.spell('cpu');
    const memKey = ctx.spell('memory');
    const os = ctx.task.os;
    const need = containerNeeds(ctx.task);
    const fixes: Fix[] = [];
    let message: string;
    if (!cpuProp && !memProp) {
      message = `A Fargate task needs task-level ${cpuKey} and ${memKey}; both are missing.`;
      const size = smallestSize(os, need.cpu, need.memory);
      if (size) {
        fixes.push({
          title: `Add "${cpuKey}": "${size[0]}" and "${memKey}": "${size[1]}"`,
          edits: [
            { op: 'insert', path: pathOf(task), key: cpuKey, value: String(size[0]), after: CPU_AFTER.map((k) => ctx.spell(k)) },
            { op: 'insert', path: pathOf(task), key: memKey, value: String(size[1]), after: [cpuKey] },
          ],
        });
      }
    } else if (!cpuProp) {
      message = `A Fargate task needs task-level ${cpuKey}; only ${memKey} is set.`;
      const memory = parseTaskMemory(memProp!.value);
      const cpu = memory === undefined ? undefined : cpuFor(os, memory, need.cpu);
      if (cpu !== undefined) {
        fixes.push({ title: `Add "${cpuKey}": "${cpu}"`, edits: [insertBefore(task, memProp!.rawKey, cpuKey, String(cpu), ctx.spell)] });
      }
    } else {
      message = `A Fargate task needs task-level ${memKey}; only ${cpuKey} is set.`;
      const cpu = parseTaskCpu(cpuProp.value);
      const list = cpu === undefined ? undefined : fargateMemoryFor(cpu, os);
      if (list) {
        const memory = list.find((m) => m >= need.memory) ?? list[list.length - 1];
        fixes.push({
          title: `Add "${memKey}": "${memory}"`,
          edits: [{ op: 'insert', path: pathOf(task), key: memKey, value: String(memory), after: [cpuProp.rawKey] }],
        });
      }
    }
    ctx.report({ range: keyRange(rc), message, fixes });
  },
};

/** What the containers already ask for: sum of container cpu, the larger of max memory and the sum of reservations. */
function containerNeeds(model: TaskDefinitionModel): { cpu: number; memory: number } {
  let cpu = 0;
  let maxMemory = 0;
  let reservations = 0;
  for (const c of model.containers) {
    cpu += integerValue(get(c.node, 'cpu')) ?? 0;
    const memory = integerValue(get(c.node, 'memory'));
    const reservation = integerValue(get(c.node, 'memoryReservation'));
    if (memory !== undefined) maxMemory = Math.max(maxMemory, memory);
    reservations += reservation ?? memory ?? 0;
  }
  return { cpu, memory: Math.max(maxMemory, reservations) };
}

/** The smallest (cpu, memory) pair that covers what the containers ask for. */
function smallestSize(os: FargateOs, cpuNeed: number, memNeed: number): [number, number] | undefined {
  for (const row of fargateRows(os)) {
    if (row.cpu < cpuNeed) continue;
    const memory = row.memory.find((m) => m >= memNeed);
    if (memory !== undefined) return [row.cpu, memory];
  }
  const rows = fargateRows(os);
  return rows.length ? [rows[0].cpu, rows[0].memory[0]] : undefined;
}

/** The smallest cpu whose row allows `memory` (and covers the containers' cpu), else the smallest whose range reaches it. */
function cpuFor(os: FargateOs, memory: number, cpuNeed: number): number | undefined {
  const rows = fargateRows(os);
  return (
    rows.find((r) => r.cpu >= cpuNeed && r.memory.includes(memory))?.cpu ??
    rows.find((r) => r.memory.includes(memory))?.cpu ??
    rows.find((r) => r.memory[r.memory.length - 1] >= memory)?.cpu
  );
}

/** Insert `key` just before the property `beforeRawKey` (after its predecessor), else near the top. */
function insertBefore(task: ObjectNode, beforeRawKey: string, key: string, value: string, spell: (k: string) => string): FixEdit {
  const i = task.properties.findIndex((p) => p.rawKey === beforeRawKey);
  const prev = i > 0 ? task.properties[i - 1].rawKey : undefined;
  return { op: 'insert', path: pathOf(task), key, value, after: prev ? [prev] : CPU_AFTER.map((k) => spell(k)) };
}
