import { getProperty, pathOf } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';

/**
 * Values this rule reports. Other strings (`"AWSVPC"`, `"vpc"`) are not network modes at all and
 * belong to invalid-enum-value. `nat`/`default` are included: on a Fargate task the useful advice
 * is "use awsvpc", so windows-network-mode leaves Fargate tasks to this rule.
 */
const REPORTED = new Set(['bridge', 'host', 'none']);
/** invalid-enum-value leaves these to the network-mode rules in any letter case. */
const NOT_VALUES = new Set(['nat', 'default']);

/** Keys after which an inserted `networkMode` reads naturally, first match wins. */
const INSERT_AFTER = ['family', 'taskRoleArn', 'executionRoleArn'];

export const fargateRequiresAwsvpc: Rule = {
  id: 'fargate-requires-awsvpc',
  severity: 'error',
  title: 'A Fargate task must use the awsvpc network mode.',
  why: 'Fargate gives every task its own elastic network interface; awsvpc is the only network mode it runs. Leaving networkMode out does not default to awsvpc (it means bridge), so ECS rejects the task definition at registration.',
  awsError: 'Fargate only supports network mode ‘awsvpc’.',
  check(ctx) {
    const task = ctx.task.task;
    if (!task || ctx.task.fargate !== true) return;
    const nm = ctx.spell('networkMode');
    const prop = ctx.task.networkMode.property;
    if (prop) {
      const value = prop.value;
      if (value?.type !== 'string' || !(REPORTED.has(value.value) || NOT_VALUES.has(value.value.toLowerCase()))) return;
      ctx.report({
        range: propRange(prop),
        message: `A Fargate task must use ${nm} awsvpc, not ${value.value}.`,
        fixes: [{ title: `Set ${nm} to awsvpc`, isPreferred: true, edits: [{ op: 'set', path: pathOf(value), value: 'awsvpc' }] }],
      });
      return;
    }
    const rc = getProperty(task, 'requiresCompatibilities');
    if (!rc) return;
    ctx.report({
      range: keyRange(rc),
      message: `A Fargate task must set ${nm} to awsvpc; it is missing, and a missing ${nm} means bridge, which Fargate does not run.`,
      fixes: [
        {
          title: `Add "${nm}": "awsvpc"`,
          isPreferred: true,
          edits: [{ op: 'insert', path: pathOf(task), key: nm, value: 'awsvpc', after: INSERT_AFTER.map((k) => ctx.spell(k)) }],
        },
      ],
    });
  },
};
