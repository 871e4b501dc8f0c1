import { type PropertyNode, getProperty, usedValue } from '../model/nodes';
import type { ContainerModel } from '../model/taskdef';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';

function containerLabel(c: ContainerModel): string {
  return c.name !== undefined ? `container ${JSON.stringify(c.name)}` : `container ${c.index + 1}`;
}

export const duplicatePortName: Rule = {
  id: 'duplicate-port-name',
  severity: 'warning',
  title: 'Port mapping names must be unique across all containers of the task.',
  why: 'Service Connect picks a port mapping by its name (serviceConnectConfiguration portName), searching the port mappings of every container in the task. Two mappings with the same name make that reference ambiguous.',
  check(ctx) {
    const seen = new Map<string, { prop: PropertyNode; container: ContainerModel }>();
    const field = ctx.spell('name');
    for (const c of ctx.task.containers) {
      for (const pm of c.portMappings) {
        const prop = getProperty(pm.node, 'name');
        const value = usedValue(prop?.value, 'string');
        if (!prop || !value) continue;
        const earlier = seen.get(value.value);
        if (!earlier) {
          seen.set(value.value, { prop, container: c });
          continue;
        }
        const where = earlier.container === c ? 'by another mapping of this container' : `by ${containerLabel(earlier.container)}`;
        ctx.report({
          range: propRange(prop),
          message: `Port mapping ${field} ${JSON.stringify(value.value)} is already used ${where}: Service Connect needs each name once in the task.`,
          related: [
            { ...keyRange(earlier.prop), message: `first ${field} ${JSON.stringify(value.value)} (${containerLabel(earlier.container)})` },
          ],
        });
      }
    }
  },
};
