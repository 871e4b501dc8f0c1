import { type ObjectNode, type PropertyNode, asArray, asObject, get, getProperty, pathOf } from '../model/nodes';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';
import { containerLabel } from './util/containers';

export const duplicateEnvironmentVariable: Rule = {
  id: 'duplicate-environment-variable',
  severity: 'warning',
  title: 'An environment variable should be set only once per container.',
  why: 'Each container environment entry sets one variable. When a name appears twice only one of the values reaches the container, and which one is not something to rely on; the other line is dead or, worse, the one you meant to keep.',
  check(ctx) {
    const nameKey = ctx.spell('name');
    for (const container of ctx.task.containers) {
      const seen = new Map<string, { prop: PropertyNode; entry: ObjectNode }>();
      for (const item of asArray(get(container.node, 'environment'))?.items ?? []) {
        const entry = asObject(item);
        const prop = getProperty(entry, 'name');
        if (!entry || prop?.value?.type !== 'string') continue;
        const name = prop.value.value;
        const first = seen.get(name);
        if (!first) {
          seen.set(name, { prop, entry });
          continue;
        }
        const same = sameValue(first.entry, entry);
        const fixes: Fix[] = [
          {
            title: same ? 'Remove this repeated entry (same value)' : 'Remove this entry (keep the first)',
            // Removing an exact repeat changes nothing; choosing between two values is the user's call.
            isPreferred: same,
            edits: [{ op: 'remove', path: pathOf(entry) }],
          },
        ];
        ctx.report({
          range: propRange(prop),
          message: `Environment variable ${JSON.stringify(name)} is already set earlier in ${containerLabel(container)}${same ? ' (with the same value)' : ''}; only one value takes effect.`,
          related: [{ ...propRange(first.prop), message: `first ${nameKey} ${JSON.stringify(name)}` }],
          fixes,
        });
      }
    }
  },
};

/** Both entries have the same known scalar `value`. */
function sameValue(a: ObjectNode, b: ObjectNode): boolean {
  const va = get(a, 'value');
  const vb = get(b, 'value');
  if (!va || !vb || va.type === 'unknown' || vb.type === 'unknown') return false;
  if (va.type === 'object' || va.type === 'array' || vb.type === 'object' || vb.type === 'array') return false;
  return va.type === vb.type && va.value === vb.value;
}
