import { getProperty, pathOf } from '../model/nodes';
import { readPort } from '../model/ports';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';
import { PORT_NAME_MAX, portNamesOf, toValidPortName, uniquePortName, usedString } from './util/ports';

export const appProtocolWithoutName: Rule = {
  id: 'app-protocol-without-name',
  severity: 'warning',
  title: 'appProtocol has an effect only on a named port mapping.',
  why: 'appProtocol tells Service Connect how to treat the traffic (http, http2, grpc). Service Connect refers to port mappings by name, so on a mapping without a name appProtocol does nothing.',
  check(ctx) {
    const taken = portNamesOf(ctx.task);
    const ap = ctx.spell('appProtocol');
    const field = ctx.spell('name');
    for (const c of ctx.task.containers) {
      for (const pm of c.portMappings) {
        const apProp = getProperty(pm.node, 'appProtocol');
        const apValue = usedString(apProp);
        if (!apProp || !apValue || getProperty(pm.node, 'name')) continue;
        const fixes: Fix[] = [];
        // The console's style: <container>-<port>-<protocol>, e.g. web-8080-tcp.
        const port = readPort(pm);
        const portText =
          port.containerPort !== undefined && port.containerPort >= 1 && port.containerPort <= 65535
            ? String(port.containerPort)
            : port.range
              ? `${port.range.first}-${port.range.last}`
              : undefined;
        if (c.name !== undefined && portText !== undefined && port.protocol) {
          const suffix = `-${portText}-${port.protocol}`;
          const base = toValidPortName(c.name, PORT_NAME_MAX - suffix.length);
          if (base) {
            const name = uniquePortName(base + suffix, taken);
            taken.add(name);
            fixes.push({
              title: `Add ${field} ${JSON.stringify(name)}`,
              edits: [{ op: 'insert', path: pathOf(pm.node), key: field, value: name, after: [apProp.rawKey] }],
            });
          }
        }
        ctx.report({
          range: propRange(apProp),
          message: `${ap} ${JSON.stringify(apValue.value)} has no effect on a port mapping without a ${field}: only Service Connect uses it, and Service Connect finds the mapping by its ${field}.`,
          fixes,
        });
      }
    }
  },
};
