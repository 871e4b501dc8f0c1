import { asObject, get, getProperty } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { Rule } from './types';
import { whereNamed } from './util/containers';

const REQUIRED = ['awslogs-group', 'awslogs-region'];

export const awslogsMissingOptions: Rule = {
  id: 'awslogs-missing-options',
  severity: 'error',
  title: 'The awslogs log driver needs the awslogs-group and awslogs-region options.',
  why: "The awslogs driver sends the container's output to a CloudWatch Logs group; it must be told which group and in which region. ECS rejects a task definition without them, on every launch type.",
  awsError: 'Log driver awslogs requires options: awslogs-region, awslogs-group',
  check(ctx) {
    for (const c of ctx.task.containers) {
      const logConfig = asObject(get(c.node, 'logConfiguration'));
      const driverProp = getProperty(logConfig, 'logDriver');
      const driver = driverProp?.value;
      if (!logConfig || !driverProp || driver?.type !== 'string' || driver.value !== 'awslogs') continue;
      const optionsProp = getProperty(logConfig, 'options');
      const optionsValue = optionsProp?.value;
      // A placeholder, null or wrongly typed options value: cannot tell what it holds.
      if (optionsProp && optionsValue?.type !== 'object') continue;
      const options = asObject(optionsValue);
      const missing = REQUIRED.filter((k) => !options?.properties.some((p) => p.rawKey === k));
      if (missing.length === 0) continue;
      const opts = ctx.spell('options');
      const where = whereNamed(c, ' for ');
      const what = missing.length === 2 ? `${missing[0]} and ${missing[1]} are` : `${missing[0]} is`;
      ctx.report({
        range: optionsProp ? keyRange(optionsProp) : propRange(driverProp),
        message: optionsProp
          ? `The awslogs log driver${where} needs ${opts} awslogs-group and awslogs-region; ${what} missing.`
          : `The awslogs log driver${where} needs ${opts} with awslogs-group and awslogs-region; there are no ${opts}.`,
      });
    }
  },
};
