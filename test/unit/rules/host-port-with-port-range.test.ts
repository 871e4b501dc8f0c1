import { ruleTester } from '../helpers/rule-tester';
import { container, fields, portMappingsBlock, taskJson, WEB } from '../helpers/task-json';

const td = (mapping: string, mode = 'bridge') =>
  taskJson({ top: fields(`"networkMode": "${mode}"`), containers: [container(...WEB, portMappingsBlock(mapping))] });

ruleTester('host-port-with-port-range', {
  valid: [
    { name: 'range alone', text: td('{ "containerPortRange": "8000-8010" }') },
    { name: 'hostPort without a range', text: td('{ "containerPort": 80, "hostPort": 8080 }') },
    { name: 'placeholder hostPort', text: td('{ "containerPortRange": "8000-8010", "hostPort": "${HP}" }') },
    { name: 'null hostPort', text: td('{ "containerPortRange": "8000-8010", "hostPort": null }') },
    { name: "string hostPort is invalid-type's", text: td('{ "containerPortRange": "8000-8010", "hostPort": "8000" }') },
    { name: 'placeholder range', text: td('{ "containerPortRange": "${R}", "hostPort": 8000 }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPortRange": "1-2", "hostPort": 1 }] }' },
  ],
  invalid: [
    {
      name: 'hostPort beside a range',
      text: td('{ "containerPortRange": "8000-8010", "hostPort": ⟦8000⟧, "protocol": "tcp" }'),
      problems: [{ message: 'hostPort 8000 cannot be set beside containerPortRange "8000-8010"' }],
      fixTitles: ['Remove hostPort'],
      fixes: { 'Remove hostPort': td('{ "containerPortRange": "8000-8010", "protocol": "tcp" }') },
    },
    {
      name: 'hostPort 0 in awsvpc, multi-line with comment',
      text: td(
        `{
          "hostPort": ⟦0⟧, // dynamic
          "containerPortRange": "9000-9100"
        }`,
        'awsvpc',
      ),
      problems: [{ message: 'hostPort 0 cannot be set beside containerPortRange "9000-9100"' }],
      fixes: {
        'Remove hostPort': td(
          `{
          "containerPortRange": "9000-9100"
        }`,
          'awsvpc',
        ),
      },
    },
  ],
});
