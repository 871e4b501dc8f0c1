import { ruleTester } from '../helpers/rule-tester';
import { inline, taskJson, WEB } from '../helpers/task-json';

const task = (mapping: string) => taskJson({ containers: [inline(...WEB, '"memory": 512', `"portMappings": [${mapping}]`)] });

ruleTester('port-out-of-range', {
  valid: [
    { name: 'lowest and highest ports', text: task('{ "containerPort": 1, "hostPort": 65535 }') },
    { name: 'hostPort 0 is dynamic', text: task('{ "containerPort": 65535, "hostPort": 0 }') },
    { name: "string port is invalid-type's", text: task('{ "containerPort": "70000" }') },
    { name: "fractional port is invalid-type's", text: task('{ "containerPort": 80.5 }') },
    { name: 'placeholders', text: task('{ "containerPort": ${PORT}, "hostPort": "{{ host_port }}" }') },
    { name: 'null', text: task('{ "containerPort": null, "hostPort": null }') },
    {
      name: "hostPort beside a range is host-port-with-port-range's",
      text: task('{ "containerPortRange": "8000-8100", "hostPort": 70000 }'),
    },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 0 }] }' },
  ],
  invalid: [
    {
      name: 'containerPort 0',
      text: task('{ "containerPort": ⟦0⟧ }'),
      problems: [{ message: 'containerPort 0 is outside the valid port range 1–65535' }],
    },
    {
      name: 'both out of range',
      text: task('{ "containerPort": ⟦70000⟧, "hostPort": ⟦-1⟧ }'),
      problems: [{ message: 'containerPort 70000 is outside' }, { message: 'hostPort -1 is outside the valid range 0–65535' }],
    },
    {
      name: 'hostPort 65536',
      text: task('{ "hostPort": ⟦65536⟧, "containerPort": 8080 }'),
      problems: [{ message: 'hostPort 65536' }],
    },
  ],
});
