import { getProperty, pathOf, usedValue } from '../model/nodes';
import { keyRange } from './ranges';
import type { Rule } from './types';
import { whereNamed } from './util/containers';

export const hostnameInAwsvpc: Rule = {
  id: 'hostname-in-awsvpc',
  severity: 'error',
  title: 'Container hostname cannot be set in awsvpc network mode.',
  why: "In awsvpc mode the task's network interface, not the container, owns the host name (it comes from the ENI's private DNS name), so a per-container hostname is not supported. ECS rejects it at registration; this includes every Fargate task.",
  awsError: 'hostname is not supported on container when networkMode=awsvpc.',
  check(ctx) {
    const awsvpc = ctx.task.networkMode.effective === 'awsvpc';
    // A Fargate task always runs in awsvpc, whatever networkMode says (fargate-requires-awsvpc reports that).
    // A bare container array knows its mode only from a Terraform resource that loads it (else it is unknown here).
    if (!awsvpc && ctx.task.fargate !== true) return;
    const hostname = ctx.spell('hostname');
    for (const c of ctx.task.containers) {
      const prop = getProperty(c.node, 'hostname');
      const value = usedValue(prop?.value, 'string');
      if (!prop || !value) continue;
      const where = whereNamed(c, ' on ');
      ctx.report({
        range: keyRange(prop),
        message: `${hostname} "${value.value}"${where} is not supported in awsvpc mode${awsvpc ? '' : ', which every Fargate task uses'}; other containers of the task reach this one on localhost.`,
        fixes: [{ title: `Remove ${hostname}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(prop) }] }],
      });
    }
  },
};
