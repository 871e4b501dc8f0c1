/**
 * Fargate task sizes (ecs-facts.md §2.4) as data, with the look-ups rules, hover and completion share.
 * CPU in units (1024 = 1 vCPU), memory in MiB. Windows on Fargate offers only the 1, 2 and 4 vCPU rows.
 */

export type FargateOs = 'linux' | 'windows' | 'unknown';

export interface FargateSizeRow {
  cpu: number;
  /** Valid memory values in MiB, ascending. */
  memory: readonly number[];
  windows: boolean;
  /** Extra condition worth showing in a hover. */
  note?: string;
}

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_SIZES: readonly FargateSizeRow[] = [
  { cpu: 256, memory: [512, 1024, 2048], windows: false },
  { cpu: 512, memory: steps(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: steps(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: steps(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: steps(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: steps(16384, 61440, 4096), windows: false, note: 'Linux platform version 1.4.0 or later' },
  { cpu: 16384, memory: steps(32768, 122880, 8192), windows: false, note: 'Linux platform version 1.4.0 or later' },
];

/** Rows available for the operating system. Unknown OS uses the Linux table (a superset: no false positives). */
export function fargateRows(os: FargateOs = 'linux'): readonly FargateSizeRow[] {
  return os === 'windows' ? FARGATE_SIZES.filter((r) => r.windows) : FARGATE_SIZES;
}

/** Valid task `cpu` values in units, ascending. */
export function fargateCpuValues(os: FargateOs = 'linux'): number[] {
  return fargateRows(os).map((r) => r.cpu);
}

export function fargateRow(cpu: number, os: FargateOs = 'linux'): FargateSizeRow | undefined {
  return fargateRows(os).find((r) => r.cpu === cpu);
}

/** Valid memory values (MiB) for `cpu`, or undefined when `cpu` is not a Fargate size on this OS. */
export function fargateMemoryFor(cpu: number, os: FargateOs = 'linux'): readonly number[] | undefined {
  return fargateRow(cpu, os)?.memory;
}

export function isValidFargateSize(cpu: number, memory: number, os: FargateOs = 'linux'): boolean {
  return fargateMemoryFor(cpu, os)?.includes(memory) ?? false;
}

/** The valid memory for `cpu` closest to `memory`; a tie goes to the larger value. */
export function nearestFargateMemory(cpu: number, memory: number, os: FargateOs = 'linux'): number | undefined {
  const list = fargateMemoryFor(cpu, os);
  return list ? nearest(list, memory) : undefined;
}

/** The smallest valid cpu whose row allows exactly `memory` MiB. */
export function smallestFargateCpuFor(memory: number, os: FargateOs = 'linux'): number | undefined {
  return fargateRows(os).find((r) => r.memory.includes(memory))?.cpu;
}

/** The smallest valid memory for `cpu`. */
export function smallestFargateMemoryFor(cpu: number, os: FargateOs = 'linux'): number | undefined {
  return fargateMemoryFor(cpu, os)?.[0];
}

/** The smallest size of all: [cpu, memory]. */
export function smallestFargateSize(os: FargateOs = 'linux'): [number, number] {
  const row = fargateRows(os)[0];
  return [row.cpu, row.memory[0]];
}

/** The valid cpu closest to `cpu` (tie: the larger). */
export function nearestFargateCpu(cpu: number, os: FargateOs = 'linux'): number {
  return nearest(fargateCpuValues(os), cpu);
}

function nearest(list: readonly number[], v: number): number {
  let best = list[0];
  for (const x of list) if (Math.abs(x - v) <= Math.abs(best - v)) best = x;
  return best;
}

/** `1024` → `"1"`, `256` → `".25"`: vCPU or GB count as ECS text forms write it. */
export function fractionText(valueIn1024ths: number, leadingZero = false): string {
  const n = valueIn1024ths / 1024;
  const s = String(Number.isInteger(n) ? n : Number(n.toFixed(4)));
  return !leadingZero && s.startsWith('0.') ? s.slice(1) : s;
}

/** Human label of a cpu value: `256 (.25 vCPU)`. */
export function cpuLabel(cpu: number): string {
  return `${cpu} (${fractionText(cpu)} vCPU)`;
}

/** Compact text of a memory list: `512, 1024 or 2048 MiB` or `2048–8192 MiB in steps of 1024`. */
export function memoryListText(list: readonly number[]): string {
  if (list.length === 0) return '';
  if (list.length <= 3) return `${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ` : ''}${list[list.length - 1]} MiB`;
  const step = list[1] - list[0];
  const even = list.every((v, i) => i === 0 || v - list[i - 1] === step);
  return even ? `${list[0]}–${list[list.length - 1]} MiB in steps of ${step}` : `${list.join(', ')} MiB`;
}

/**
 * `value` (cpu units or MiB) written the way `like` is written: a JSON number stays a number, a plain
 * string stays a plain string, and a text form (`"1 vCPU"`, `".5 gb"`, `"2GB"`) keeps its unit, case,
 * spacing and leading-zero style. Fractions are written `.25`/`.5` for cpu (the form cfn-lint accepts)
 * and `0.5` for memory, unless the file shows its own style.
 */
export function writeTaskSizeLike(
  like: { type: string; value?: unknown } | undefined,
  value: number,
  kind: 'cpu' | 'memory',
): string | number {
  if (like?.type === 'number') return value;
  const s = like?.type === 'string' && typeof like.value === 'string' ? like.value : undefined;
  const m = s === undefined ? null : /^(\s*)(\d*\.?\d+)(\s*)(vcpu|gb)(\s*)$/i.exec(s);
  if (!m) return String(value);
  const [, pre, num, space, unit, post] = m;
  const leadingZero = num.startsWith('.') ? false : num.startsWith('0') ? true : kind === 'memory';
  return `${pre}${fractionText(value, leadingZero)}${space}${unit}${post}`;
}
