import { ruleTester } from '../helpers/rule-tester';
import { container, taskJson, WEB } from '../helpers/task-json';

const task = (mapping: string, head = '"networkMode": "bridge",') =>
  taskJson({ top: `\n  ${head}`, containers: [container(...WEB, '"memory": 256', `"portMappings": [${mapping}]`)] });
const windows = '"runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_FULL" },';

ruleTester('host-port-in-ephemeral-range', {
  valid: [
    { name: 'just below the range', text: task('{ "containerPort": 80, "hostPort": 32767 }') },
    { name: 'dynamic', text: task('{ "containerPort": 40000, "hostPort": 0 }') },
    { name: 'no hostPort', text: task('{ "containerPort": 40000 }') },
    { name: "reserved port is reserved-host-port's", text: task('{ "containerPort": 80, "hostPort": 51678 }') },
    { name: "out of range is port-out-of-range's", text: task('{ "containerPort": 80, "hostPort": 70000 }') },
    { name: "host mode uses the application's own port", text: task('{ "containerPort": 40000 }', '"networkMode": "host",') },
    { name: 'awsvpc', text: task('{ "containerPort": 40000, "hostPort": 40000 }', '"networkMode": "awsvpc",') },
    {
      name: 'Fargate',
      text: task('{ "containerPort": 40000, "hostPort": 40000 }', '"networkMode": "bridge", "requiresCompatibilities": ["FARGATE"],'),
    },
    { name: 'Windows: below 49152', text: task('{ "containerPort": 80, "hostPort": 49151 }', windows) },
    { name: 'placeholder', text: task('{ "containerPort": 80, "hostPort": {{ host_port }} }') },
  ],
  invalid: [
    {
      name: 'ECS-optimised AMI range',
      text: task('{ "containerPort": 80, "hostPort": ⟦32768⟧ }'),
      problems: [
        {
          message:
            'hostPort 32768 is inside the ephemeral port range that dynamic host ports come from (the ECS-optimised AMI uses 32768–60999, and the agent falls back to 49153–65535',
        },
      ],
      fixTitles: ['Make it dynamic (remove hostPort)'],
      fixes: { 'Make it dynamic (remove hostPort)': task('{ "containerPort": 80 }') },
    },
    {
      name: 'top of the fallback range, omitted network mode',
      text: task('{ "containerPort": 80, "hostPort": ⟦65535⟧ }', ''),
      problems: [{ message: 'Use a port below 32768, or omit hostPort for a dynamic port.' }],
    },
    {
      name: 'Windows default (NAT) mode',
      text: task('{ "containerPort": 80, "hostPort": ⟦49152⟧ }', windows),
      problems: [{ message: 'Windows uses 49152–65535' }],
    },
  ],
});
