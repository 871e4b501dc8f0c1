import { getProperty, pathOf } from '../model/nodes';
import { readPort } from '../model/ports';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';
import { usedString } from './util/ports';

export const serviceConnectUdp: Rule = {
  id: 'service-connect-udp',
  severity: 'warning',
  title: 'A named (Service Connect) port mapping must use tcp.',
  why: 'A port mapping name is what Service Connect routes to, and Service Connect proxies only TCP. A named mapping with protocol udp cannot be used by Service Connect.',
  check(ctx) {
    for (const c of ctx.task.containers) {
      for (const pm of c.portMappings) {
        const nameProp = getProperty(pm.node, 'name');
        const name = usedString(nameProp);
        if (!nameProp || !name) continue;
        const port = readPort(pm);
        const protocolProp = getProperty(pm.node, 'protocol');
        if (port.protocol !== 'udp' || !protocolProp?.value) continue;
        const proto = ctx.spell('protocol');
        const field = ctx.spell('name');
        ctx.report({
          range: propRange(protocolProp),
          message: `Port mapping ${field} ${JSON.stringify(name.value)} uses ${proto} udp, but Service Connect supports only tcp.`,
          fixes: [
            { title: `Set ${proto} to tcp`, isPreferred: true, edits: [{ op: 'set', path: pathOf(protocolProp.value), value: 'tcp' }] },
          ],
          related: [{ ...keyRange(nameProp), message: `${field} ${JSON.stringify(name.value)}` }],
        });
      }
    }
  },
};
