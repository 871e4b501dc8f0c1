import { getProperty, pathOf, usedValue } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { keyRange } from './ranges';
import type { Rule } from './types';
import { whereNamed } from './util/containers';

/**
 * True when this rule reports every non-empty `links` in the task (Windows, or a known mode other
 * than bridge). fargate-unsupported-parameter skips `links` then, so one use gets one diagnostic.
 */
export function linksReportedByNetworkRule(model: TaskDefinitionModel): boolean {
  if (model.os === 'windows') return true;
  const mode = model.networkMode.effective;
  return mode !== undefined && mode !== 'bridge';
}

export const linksRequireBridge: Rule = {
  id: 'links-require-bridge',
  severity: 'error',
  title: 'Container links only work in bridge network mode on Linux.',
  why: 'links are a Docker bridge-network feature. In awsvpc and host mode the containers of a task share one network stack and reach each other on localhost; in none mode there is no network; Windows containers do not support links. ECS rejects links outside bridge mode at registration.',
  awsError: 'Links are not supported when networkMode=awsvpc.',
  check(ctx) {
    const model = ctx.task;
    if (!linksReportedByNetworkRule(model)) return; // unknown mode (a bare container array): silent
    const mode = model.networkMode.effective;
    const links = ctx.spell('links');
    const nm = ctx.spell('networkMode');
    for (const c of model.containers) {
      const prop = getProperty(c.node, 'links');
      if (!prop || !usedValue(prop.value, 'array')) continue;
      const where = whereNamed(c, ' on ');
      let message: string;
      if (model.os === 'windows') message = `${links}${where} are not supported for Windows containers.`;
      else if (mode === 'awsvpc')
        message = `${links}${where} only work in bridge mode; in awsvpc mode the containers of a task share one network interface and reach each other on localhost (for example localhost:5432 instead of a link alias).`;
      else if (mode === 'host')
        message = `${links}${where} only work in bridge mode; in host mode containers use the instance's network and reach each other on localhost.`;
      else message = `${links}${where} only work in bridge mode; with ${nm} ${mode ?? 'unknown'} the container has no network to link.`;
      ctx.report({
        range: keyRange(prop),
        message,
        fixes: [{ title: `Remove ${links}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(prop) }] }],
      });
    }
  },
};
