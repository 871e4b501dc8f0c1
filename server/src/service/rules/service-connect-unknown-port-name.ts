import { asArray, asObject, booleanValue, getProperty, stringValue } from '../model/nodes';
import { propRange } from './ranges';
import type { Rule } from './types';
import { quote, serviceName, setFix, taskName } from './util/services';

export const serviceConnectUnknownPortName: Rule = {
  id: 'service-connect-unknown-port-name',
  severity: 'error',
  title: 'A Service Connect portName must be the name of a port mapping in the task definition.',
  why: "Service Connect finds the port to route to by the port mapping's name. A portName that no port mapping of the task carries makes CreateService/UpdateService fail.",
  checkService(ctx) {
    const { service } = ctx;
    const sc = service.serviceConnect;
    const task = service.task;
    if (!sc || !task || booleanValue(service.get(sc, 'enabled')) === false) return;
    // Every port name of the task, and whether all of them could be read.
    const names: string[] = [];
    let known = !!task.containersNode && task.containersNode.items.every((i) => i.type === 'object');
    for (const c of task.containers) {
      const pm = c.portMappingsProperty?.value;
      if (pm && pm.type !== 'array' && pm.type !== 'null') known = false;
      if (pm?.type === 'array' && pm.items.some((i) => i.type !== 'object')) known = false;
      for (const m of c.portMappings) {
        const prop = getProperty(m.node, 'name');
        if (!prop) continue;
        const name = stringValue(prop.value);
        if (name === undefined) known = false;
        else names.push(name);
      }
    }
    if (!known) return;
    const pn = service.key('portName');
    for (const item of asArray(service.get(sc, 'services'))?.items ?? []) {
      const prop = service.prop(asObject(item), 'portName');
      const name = stringValue(prop?.value);
      if (!prop || name === undefined || names.includes(name)) continue;
      const unique = [...new Set(names)];
      ctx.report({
        range: propRange(prop),
        message: `${pn} ${quote(name)} of ${serviceName(service)} is not the name of any port mapping of ${taskName(service)} (${unique.length ? `named ports: ${unique.join(', ')}` : 'it names no port mappings'}).`,
        fixes: unique.slice(0, 5).map((n) => setFix(`Set ${pn} to ${quote(n)}`, prop, n, unique.length === 1)),
      });
    }
  },
};
