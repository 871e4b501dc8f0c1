import { pathOf } from '../model/nodes';
import { propRange } from './ranges';
import type { Fix, Rule } from './types';

const NOT_VALUES = new Set(['nat', 'default']);
const LINUX_ONLY = new Set(['bridge', 'host', 'none']);

export const windowsNetworkMode: Rule = {
  id: 'windows-network-mode',
  severity: 'error',
  title: 'Windows tasks use the default (NAT) or awsvpc network mode; "nat" and "default" are not values.',
  why: 'Windows containers on EC2 run either with Docker\'s NAT network, which you get by leaving networkMode out, or with awsvpc. bridge, host and none are Linux-only. The API has no "nat" or "default" value: the documentation\'s <default> means "omit the field".',
  check(ctx) {
    const model = ctx.task;
    // A Fargate task must use awsvpc whatever it says: fargate-requires-awsvpc reports it.
    if (!model.task || model.fargate === true) return;
    const prop = model.networkMode.property;
    const value = prop?.value;
    if (!prop || value?.type !== 'string') return;
    const nm = ctx.spell('networkMode');
    const v = value.value;
    const remove = (preferred: boolean): Fix => ({
      title: `Remove ${nm} (use the default)`,
      ...(preferred ? { isPreferred: true } : {}),
      edits: [{ op: 'remove', path: pathOf(prop) }],
    });
    const awsvpc: Fix = { title: `Set ${nm} to awsvpc`, edits: [{ op: 'set', path: pathOf(value), value: 'awsvpc' }] };
    if (NOT_VALUES.has(v.toLowerCase())) {
      // any case: invalid-enum-value leaves all of them to us
      ctx.report({
        range: propRange(prop),
        message: `"${v}" is not a ${nm} value: leave ${nm} out to get the default (NAT for Windows containers, bridge on Linux), or use awsvpc.`,
        fixes: [remove(true), awsvpc],
      });
    } else if (model.os === 'windows' && LINUX_ONLY.has(v)) {
      ctx.report({
        range: propRange(prop),
        message: `Windows containers cannot use ${nm} ${v}: leave ${nm} out for the Windows default (NAT), or use awsvpc.`,
        fixes: [remove(v === 'bridge'), awsvpc],
      });
    }
  },
};
