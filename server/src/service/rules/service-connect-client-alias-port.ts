import { asArray, asObject } from '../model/nodes';
import { propRange } from './ranges';
import type { Rule } from './types';
import { serviceName } from './util/services';

export const serviceConnectClientAliasPort: Rule = {
  id: 'service-connect-client-alias-port',
  severity: 'error',
  title: 'A Service Connect client alias port must be a whole number from 1 to 65535.',
  why: 'Client applications reach the service on the client alias port through the Service Connect proxy, so it must be a real TCP port. ECS rejects other values when it creates or updates the service.',
  checkService(ctx) {
    const { service } = ctx;
    const sc = service.serviceConnect;
    if (!sc) return;
    const key = service.key('port');
    for (const item of asArray(service.get(sc, 'services'))?.items ?? []) {
      for (const alias of asArray(service.get(asObject(item), 'clientAliases'))?.items ?? []) {
        const prop = service.prop(asObject(alias), 'port');
        const v = prop?.value;
        if (!prop || v?.type !== 'number') continue;
        if (Number.isInteger(v.value) && v.value >= 1 && v.value <= 65535) continue;
        ctx.report({
          range: propRange(prop),
          message: `Client alias ${key} ${v.value} of ${serviceName(service)} is not a port: use a whole number from 1 to 65535.`,
        });
      }
    }
  },
};
