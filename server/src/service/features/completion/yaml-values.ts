/**
 * Values the YAML front end adds where the shared providers have none: Fargate task sizes for the
 * task-level `Cpu` and `Memory` (strings in the API, so YAML writes them quoted: "256").
 */
import { cpuLabel, fargateCpuValues, fargateMemoryFor, memoryListText } from '../../model/fargate-sizes';
import { str } from './snippet';
import type { CursorContext, ValueSuggestion } from './types';

function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

export function taskSizeValues(ctx: CursorContext): ValueSuggestion[] {
  if (ctx.kind !== 'value' || ctx.path.length !== 1 || ctx.task.fargate === false || !ctx.task.task) return [];
  const os = ctx.task.os;
  const field = ctx.path[0];
  if (field === 'cpu') {
    return fargateCpuValues(os).map((cpu, i) => ({
      label: String(cpu),
      value: str(String(cpu)),
      detail: `Fargate size ${cpuLabel(cpu)}: ${ctx.spell('memory')} ${memoryListText(fargateMemoryFor(cpu, os) ?? [])}`,
      itemKind: 'value',
      sortText: String(i).padStart(2, '0'),
    }));
  }
  if (field === 'memory') {
    const cpu = numberOf(ctx.siblings.get('cpu'));
    const list = cpu === undefined ? undefined : fargateMemoryFor(cpu, os);
    if (!list) return [];
    return list.map((mib, i) => ({
      label: String(mib),
      value: str(String(mib)),
      detail: `${mib} MiB, valid on Fargate with ${ctx.spell('cpu')} ${cpu}`,
      itemKind: 'value',
      sortText: String(i).padStart(2, '0'),
    }));
  }
  return [];
}
