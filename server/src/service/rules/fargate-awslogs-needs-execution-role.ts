import { asObject, get, getProperty } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { RelatedInfo, Rule, SourceRange } from './types';
import { containerRef } from './util/containers';
import { listText } from './util/list';

export const fargateAwslogsNeedsExecutionRole: Rule = {
  id: 'fargate-awslogs-needs-execution-role',
  severity: 'error',
  title: 'A Fargate task that logs with awslogs needs an executionRoleArn.',
  why: 'On Fargate there is no container instance role: ECS uses the task execution role to create log streams and write to CloudWatch Logs. Without executionRoleArn the awslogs driver cannot work, and ECS rejects the task definition.',
  awsError: 'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
  check(ctx) {
    const task = ctx.task.task;
    if (!task || ctx.task.fargate !== true) return;
    const roleProp = getProperty(task, 'executionRoleArn');
    if (roleProp) {
      const v = roleProp.value;
      if (!(v?.type === 'string' && v.value.trim() === '')) return; // set (or unknown/null: not ours)
    }
    const uses: SourceRange[] = [];
    const names: string[] = [];
    for (const c of ctx.task.containers) {
      const driverProp = getProperty(asObject(get(c.node, 'logConfiguration')), 'logDriver');
      const driver = driverProp?.value;
      if (!driverProp || driver?.type !== 'string' || driver.value !== 'awslogs') continue;
      uses.push(propRange(driverProp));
      names.push(containerRef(c));
    }
    if (uses.length === 0) return;
    const role = ctx.spell('executionRoleArn');
    const related: RelatedInfo[] = uses.slice(1).map((r, i) => ({ ...r, message: `awslogs also used by container ${names[i + 1]}` }));
    if (roleProp) related.push({ ...keyRange(roleProp), message: `${role} is empty` });
    const who = names.length === 1 ? `container ${names[0]} logs` : `containers ${listText(names)} log`;
    ctx.report({
      range: uses[0],
      message: `This Fargate task has no ${role}, but ${who} with awslogs: add a task execution role (for example ecsTaskExecutionRole) so ECS can write to CloudWatch Logs.`,
      related,
    });
  },
};
