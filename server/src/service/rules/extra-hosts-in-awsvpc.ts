import { getProperty, pathOf, usedValue } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { keyRange } from './ranges';
import type { Rule } from './types';
import { whereNamed } from './util/containers';

/**
 * True when this rule reports every non-empty `extraHosts` in the task (awsvpc mode, or Windows).
 * fargate-unsupported-parameter skips `extraHosts` then, so one use gets one diagnostic.
 */
export function extraHostsReportedByNetworkRule(model: TaskDefinitionModel): boolean {
  return model.os === 'windows' || model.networkMode.effective === 'awsvpc';
}

export const extraHostsInAwsvpc: Rule = {
  id: 'extra-hosts-in-awsvpc',
  severity: 'error',
  title: 'extraHosts cannot be used in awsvpc network mode or with Windows containers.',
  why: "extraHosts adds lines to the container's /etc/hosts through Docker. In awsvpc mode (every Fargate task) the hosts file belongs to the task's network namespace, and Windows containers have no such option, so ECS does not accept the parameter there.",
  check(ctx) {
    const model = ctx.task;
    if (!extraHostsReportedByNetworkRule(model)) return; // unknown mode (a bare container array): silent
    const key = ctx.spell('extraHosts');
    for (const c of model.containers) {
      const prop = getProperty(c.node, 'extraHosts');
      const arr = usedValue(prop?.value, 'array');
      if (!prop || !arr) continue;
      const where = whereNamed(c, ' on ');
      const count = arr.items.length === 1 ? '1 entry' : `${arr.items.length} entries`;
      ctx.report({
        range: keyRange(prop),
        message:
          model.networkMode.effective === 'awsvpc'
            ? `${key} (${count})${where} is not supported in awsvpc mode; use DNS (for example a Route 53 private hosted zone or Service Connect) to resolve those names.`
            : `${key} (${count})${where} is not supported for Windows containers; use DNS to resolve those names.`,
        fixes: [{ title: `Remove ${key}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(prop) }] }],
      });
    }
  },
};
