import { parsePortRange, readAllPorts } from '../model/ports';
import { propRange } from './ranges';
import type { Rule } from './types';

const SHAPE = /^\s*(\d+)-(\d+)\s*$/;

/** Why a containerPortRange string is invalid, in words; undefined when it is valid. */
export function portRangeProblem(value: string): string | undefined {
  if (parsePortRange(value)) return undefined;
  const m = SHAPE.exec(value);
  if (!m) return 'is not of the form "first-last" (for example "8000-8010")';
  const first = Number(m[1]);
  const last = Number(m[2]);
  const outside = [first, last].filter((n) => n < 1 || n > 65535);
  if (outside.length) return `has ${outside.length === 1 ? 'a port' : 'ports'} outside 1–65535 (${outside.join(', ')})`;
  return first === last
    ? `starts and ends at ${first}: the first port must be less than the last (use containerPort for a single port)`
    : `runs backwards (${first} > ${last}): the first port must be less than the last`;
}

export const invalidContainerPortRange: Rule = {
  id: 'invalid-container-port-range',
  severity: 'error',
  title: 'containerPortRange must be "first-last" with ports in 1–65535 and first < last.',
  why: 'ECS reads containerPortRange as two port numbers joined by a dash, both between 1 and 65535, the first smaller than the last. Anything else is rejected when the task definition is registered.',
  check(ctx) {
    for (const port of readAllPorts(ctx.task.containers)) {
      const value = port.rangeProp?.value;
      if (!port.rangeProp || value?.type !== 'string') continue;
      const problem = portRangeProblem(value.value);
      if (!problem) continue;
      ctx.report({
        range: propRange(port.rangeProp),
        message: `${ctx.spell('containerPortRange')} ${JSON.stringify(value.value)} ${problem}.`,
      });
    }
  },
};
