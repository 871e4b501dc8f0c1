import { getProperty, pathOf } from '../model/nodes';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';
import { PORT_NAME, PORT_NAME_MAX, portNamesOf, toValidPortName, uniquePortName } from './util/ports';
import { listText } from './util/list';

// Tests import these from here.
export { PORT_NAME, toValidPortName, uniquePortName };

function whatIsWrong(name: string): string {
  if (name === '') return 'is empty';
  const reasons: string[] = [];
  if (/[A-Z]/.test(name)) reasons.push('has upper-case letters');
  const bad = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))];
  if (bad.length) reasons.push(`has characters other than a-z, 0-9, _ and - (${listText(bad.map((c) => JSON.stringify(c)))})`);
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
