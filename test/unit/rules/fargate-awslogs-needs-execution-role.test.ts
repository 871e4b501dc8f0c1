import { ruleTester } from '../helpers/rule-tester';
import { FARGATE_TASK, inline, taskJson, WEB } from '../helpers/task-json';

const log = '{ "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1" } }';
const task = (top: string, driver = log, second = '') =>
  taskJson({
    top: FARGATE_TASK + top,
    containers: [inline(...WEB, `"logConfiguration": ${driver}`) + second],
  });
const marked = log.replace('"awslogs",', '⟦"awslogs"⟧,');

ruleTester('fargate-awslogs-needs-execution-role', {
  valid: [
    { name: 'execution role set', text: task('\n  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",') },
    { name: 'placeholder role', text: task('\n  "executionRoleArn": "<EXECUTION_ROLE_ARN>",') },
    { name: 'null role is invalid-type territory', text: task('\n  "executionRoleArn": null,') },
    { name: 'no awslogs', text: task('', '{ "logDriver": "awsfirelens" }') },
    { name: 'placeholder driver', text: task('', '{ "logDriver": "${DRIVER}" }') },
    { name: 'EC2 task uses the instance role', text: task('').replace('FARGATE', 'EC2') },
    { name: 'not a task definition', text: `{ "requiresCompatibilities": ["FARGATE"], "logConfiguration": ${log} }` },
  ],
  invalid: [
    {
      name: 'no executionRoleArn',
      text: task('', marked),
      problems: [{ message: 'This Fargate task has no executionRoleArn, but container "web" logs with awslogs' }],
      fixTitles: [],
    },
    {
      name: 'empty executionRoleArn, two containers: one diagnostic on the first',
      text: task('\n  "executionRoleArn": "",', marked, `,\n    { "name": "sidecar", "image": "busybox", "logConfiguration": ${log} }`),
      problems: [{ message: 'containers "web", "sidecar" log with awslogs' }],
    },
  ],
});
