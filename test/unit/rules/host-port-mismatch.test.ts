import { ruleTester } from '../helpers/rule-tester';
import { container, fields, portMappingsBlock, taskJson, WEB } from '../helpers/task-json';

const awsvpc = (mapping: string, extra = '') =>
  taskJson({ top: fields('"networkMode": "awsvpc"') + extra, containers: [container(...WEB, portMappingsBlock(mapping))] });

ruleTester('host-port-mismatch', {
  valid: [
    { name: 'awsvpc without hostPort', text: awsvpc('{ "containerPort": 8080 }') },
    { name: 'awsvpc with equal hostPort', text: awsvpc('{ "containerPort": 8080, "hostPort": 8080 }') },
    { name: 'bridge may map a different host port', text: awsvpc('{ "containerPort": 8080, "hostPort": 80 }').replace('awsvpc', 'bridge') },
    {
      name: 'omitted network mode is bridge on Linux',
      text: awsvpc('{ "containerPort": 8080, "hostPort": 80 }').replace('"networkMode": "awsvpc",', ''),
    },
    { name: 'placeholder hostPort is unknown', text: awsvpc('{ "containerPort": 8080, "hostPort": "${HOST_PORT}" }') },
    { name: 'unquoted template placeholder', text: awsvpc('{ "containerPort": {{ .Port }}, "hostPort": 80 }') },
    { name: 'null hostPort', text: awsvpc('{ "containerPort": 8080, "hostPort": null }') },
    { name: 'unknown network mode', text: awsvpc('{ "containerPort": 8080, "hostPort": 80 }').replace('"awsvpc"', '"${MODE}"') },
    { name: 'not a task definition', text: '{ "networkMode": "awsvpc", "portMappings": [{ "containerPort": 1, "hostPort": 2 }] }' },
  ],
  invalid: [
    {
      name: 'awsvpc hostPort 80 / containerPort 8080',
      text: awsvpc('{ "containerPort": 8080, "hostPort": ⟦80⟧ }'),
      problems: [{ message: 'hostPort 80 differs from containerPort 8080 in awsvpc mode' }],
      fixTitles: ['Remove hostPort', 'Set hostPort to 8080 (the containerPort)'],
      fixes: {
        'Remove hostPort': awsvpc('{ "containerPort": 8080 }'),
        'Set hostPort to 8080 (the containerPort)': awsvpc('{ "containerPort": 8080, "hostPort": 8080 }'),
      },
    },
    {
      name: 'hostPort 0 in awsvpc',
      text: awsvpc('{ "containerPort": 3000, "hostPort": ⟦0⟧, "protocol": "tcp" }'),
      problems: [{ message: 'hostPort 0 (dynamic) is not allowed in awsvpc mode' }],
      fixes: { 'Remove hostPort': awsvpc('{ "containerPort": 3000, "protocol": "tcp" }') },
    },
    {
      name: 'host mode, hostPort first, comments kept',
      text: awsvpc(`{
          "hostPort": ⟦443⟧, // public port
          "containerPort": 8443 /* app */
        }`).replace('awsvpc', 'host'),
      problems: [{ message: 'hostPort 443 differs from containerPort 8443 in host mode' }],
      fixes: {
        'Remove hostPort': awsvpc(`{
          "containerPort": 8443 /* app */
        }`).replace('awsvpc', 'host'),
      },
    },
    {
      name: 'describe output wrapper still checked',
      text: `{"taskDefinition": {"family": "x", "networkMode": "awsvpc", "containerDefinitions": [{"name": "a", "image": "b", "portMappings": [{"containerPort": 80, "hostPort": ⟦8080⟧}]}]}}`,
      problems: [{ message: 'hostPort 8080 differs from containerPort 80' }],
      fixes: {
        'Remove hostPort': `{"taskDefinition": {"family": "x", "networkMode": "awsvpc", "containerDefinitions": [{"name": "a", "image": "b", "portMappings": [{"containerPort": 80}]}]}}`,
      },
    },
  ],
});
