import { type PropertyNode, type StringNode, getProperty, pathOf } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';

/** Port mapping `name` (Service Connect) pattern from the ECS API. */
export const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
export const PORT_NAME_MAX = 64;

/** `text` made into a valid port name: lower case, invalid characters to `-`, no leading `-`, ≤ 64 characters. */
export function toValidPortName(text: string, max = PORT_NAME_MAX): string | undefined {
  const name = text.toLowerCase().replace(/[^a-z0-9_-]/gu, '-').replace(/^-+/, '').slice(0, max);
  return name ? name : undefined;
}

/** `base`, or `base-2`, `base-3`, … (shortened to stay ≤ 64 characters) when `taken` has it already. */
export function uniquePortName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, PORT_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every port-mapping `name` of the task that is a known string. */
export function portNamesOf(task: TaskDefinitionModel): Set<string> {
  const names = new Set<string>();
  for (const c of task.containers) {
    for (const pm of c.portMappings) {
      const v = getProperty(pm.node, 'name')?.value;
      if (v?.type === 'string') names.add(v.value);
    }
  }
  return names;
}

/** A known, non-empty string value (what "the field is used" means for Service Connect rules). */
export function usedString(prop: PropertyNode | undefined): StringNode | undefined {
  const v = prop?.value;
  return v?.type === 'string' && v.value.trim() !== '' ? v : undefined;
}

function whatIsWrong(name: string): string {
  if (name === '') return 'is empty';
  const reasons: string[] = [];
  if (/[A-Z]/.test(name)) reasons.push('has upper-case letters');
  const bad = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))];
  if (bad.length) reasons.push(`has characters other than a-z, 0-9, _ and - (${bad.map((c) => JSON.stringify(c)).join(', ')})`);
  if (name.startsWith('-')) reasons.push('starts with -');
  if (name.length > PORT_NAME_MAX) reasons.push(`is ${name.length} characters long (at most ${PORT_NAME_MAX})`);
  return reasons.join(', ');
}

export const invalidPortName: Rule = {
  id: 'invalid-port-name',
  severity: 'error',
  title: 'A port mapping name must be 1–64 characters of a-z, 0-9, _ and -, not starting with -.',
  why: 'The port mapping name is what Service Connect (serviceConnectConfiguration portName) and VPC Lattice refer to. ECS accepts only lower-case letters, digits, underscores and hyphens, up to 64 characters, not starting with a hyphen.',
  check(ctx) {
    const taken = portNamesOf(ctx.task);
    const field = ctx.spell('name');
    for (const c of ctx.task.containers) {
      for (const pm of c.portMappings) {
        const prop = getProperty(pm.node, 'name');
        const value = prop?.value;
        if (!prop || value?.type !== 'string' || PORT_NAME.test(value.value)) continue;
        const fixes: Fix[] = [];
        const base = toValidPortName(value.value);
        if (base) {
          const renamed = uniquePortName(base, taken);
          taken.add(renamed);
          fixes.push({ title: `Rename to ${JSON.stringify(renamed)}`, edits: [{ op: 'set', path: pathOf(value), value: renamed }] });
        }
        ctx.report({
          range: propRange(prop),
          message: `Port mapping ${field} ${JSON.stringify(value.value)} ${whatIsWrong(value.value)}: use 1–64 characters of a-z, 0-9, _ and -, not starting with -.`,
          fixes,
        });
      }
    }
  },
};
