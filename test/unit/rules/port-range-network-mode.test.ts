import { ruleTester } from '../helpers/rule-tester';
import { inline, taskJson, WEB } from '../helpers/task-json';

const td = (mapping: string, task = '"networkMode": "awsvpc",') =>
  taskJson({ top: `\n  ${task}`, containers: [inline(...WEB, `"portMappings": [${mapping}]`)] });
const range = '{ "containerPortRange": "8000-8010" }';
const windows = '"runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },';

ruleTester('port-range-network-mode', {
  valid: [
    { name: 'awsvpc', text: td(range) },
    { name: 'bridge', text: td(range, '"networkMode": "bridge",') },
    { name: 'omitted on Linux EC2 is bridge', text: td(range, '') },
    { name: 'Windows with awsvpc', text: td(range, `${windows} "networkMode": "awsvpc",`) },
    { name: 'unknown mode', text: td(range, '"networkMode": "${MODE}",') },
    { name: "invalid mode is another rule's", text: td(range, '"networkMode": "nat",') },
    { name: 'Fargate with mode omitted (fargate-requires-awsvpc reports)', text: td(range, '"requiresCompatibilities": ["FARGATE"],') },
    { name: 'host mode without ranges', text: td('{ "containerPort": 80 }', '"networkMode": "host",') },
    { name: 'host mode, placeholder range', text: td('{ "containerPortRange": "${R}" }', '"networkMode": "host",') },
    { name: 'host mode, null range', text: td('{ "containerPortRange": null }', '"networkMode": "host",') },
    { name: 'not a task definition', text: '{ "networkMode": "host", "portMappings": [{ "containerPortRange": "1-2" }] }' },
  ],
  invalid: [
    {
      name: 'host mode',
      text: td('{ "containerPortRange": ⟦"8000-8010"⟧ }, { "containerPort": 80 }', '"networkMode": "host",'),
      problems: [{ message: 'containerPortRange "8000-8010" needs networkMode bridge or awsvpc, but this task uses networkMode host' }],
    },
    {
      name: 'none mode, every range reported',
      text: td('{ "containerPortRange": ⟦"1-2"⟧ }, { "containerPortRange": ⟦"3-4"⟧ }', '"networkMode": "none",'),
      problems: [{ message: 'uses networkMode none' }, { message: '"3-4"' }],
    },
    {
      name: 'Windows with mode omitted (NAT)',
      text: td('{ "containerPortRange": ⟦"8000-8010"⟧ }', windows),
      problems: [{ message: 'this Windows task uses the default NAT mode (networkMode omitted)' }],
    },
  ],
});
