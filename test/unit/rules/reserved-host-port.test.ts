import { ruleTester } from '../helpers/rule-tester';
import { container, taskJson, WEB } from '../helpers/task-json';

const task = (mapping: string, head = '"networkMode": "bridge",') =>
  taskJson({ top: `\n  ${head}`, containers: [container(...WEB, '"memory": 256', `"portMappings": [${mapping}]`)] });
const windows = '"runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },';

ruleTester('reserved-host-port', {
  valid: [
    { name: 'ordinary static port', text: task('{ "containerPort": 80, "hostPort": 80 }') },
    { name: 'dynamic port', text: task('{ "containerPort": 22, "hostPort": 0 }') },
    { name: 'containerPort 22 in bridge without hostPort is dynamic', text: task('{ "containerPort": 22 }') },
    { name: 'awsvpc: the task has its own interface', text: task('{ "containerPort": 22, "hostPort": 22 }', '"networkMode": "awsvpc",') },
    {
      name: 'Fargate',
      text: task('{ "containerPort": 22, "hostPort": 22 }', '"networkMode": "bridge", "requiresCompatibilities": ["FARGATE"],'),
    },
    {
      name: 'unknown compatibilities',
      text: task('{ "containerPort": 22, "hostPort": 22 }', '"networkMode": "bridge", "requiresCompatibilities": "${COMPAT}",'),
    },
    { name: 'placeholder hostPort', text: task('{ "containerPort": 22, "hostPort": "${HOST_PORT}" }') },
    { name: 'Windows port 3389 on Linux', text: task('{ "containerPort": 3389, "hostPort": 3389 }') },
    { name: 'Linux port 22 on Windows', text: task('{ "containerPort": 22, "hostPort": 22 }', windows) },
    {
      name: 'container array (network mode unknown)',
      text: '[{"name": "a", "image": "a", "portMappings": [{"containerPort": 22, "hostPort": 22}]}]',
    },
  ],
  invalid: [
    {
      name: 'bridge hostPort 22',
      text: task('{ "containerPort": 2222, "hostPort": ⟦22⟧ }'),
      problems: [
        { message: 'hostPort 22 is reserved by the ECS container agent on Linux container instances (22, 2375, 2376, 51678–51680)' },
      ],
      fixTitles: ['Make it dynamic (remove hostPort)'],
      fixes: { 'Make it dynamic (remove hostPort)': task('{ "containerPort": 2222 }') },
    },
    {
      name: 'omitted network mode is bridge on Linux',
      text: task('{ "containerPort": 51678, "hostPort": ⟦51678⟧ }', ''),
      problems: [{ message: 'hostPort 51678 is reserved' }],
    },
    {
      name: 'host mode: the container port is the host port',
      text: task('{ "containerPort": ⟦2375⟧ }, { "containerPort": 2376, "hostPort": ⟦2376⟧ }', '"networkMode": "host",'),
      problems: [{ message: 'containerPort 2375 (the host port in host mode) is reserved' }, { message: 'hostPort 2376 is reserved' }],
      fixTitles: [],
    },
    {
      name: 'Windows default (NAT) mode',
      text: task('{ "containerPort": 80, "hostPort": ⟦3389⟧ }', windows),
      problems: [{ message: 'hostPort 3389 is reserved by the ECS container agent on Windows container instances' }],
      fixes: { 'Make it dynamic (remove hostPort)': task('{ "containerPort": 80 }', windows) },
    },
  ],
});
