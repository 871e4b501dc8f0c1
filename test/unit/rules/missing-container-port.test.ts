import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson, WEB } from '../helpers/task-json';

const task = (mapping: string, mode = 'awsvpc') =>
  taskJson({ top: fields(`"networkMode": "${mode}"`), containers: [container(...WEB, `"portMappings": [${mapping}]`)] });

ruleTester('missing-container-port', {
  valid: [
    { name: 'containerPort', text: task('{ "containerPort": 80 }') },
    { name: 'containerPortRange', text: task('{ "containerPortRange": "8000-8100" }') },
    { name: 'placeholder containerPort', text: task('{ "containerPort": "${PORT}" }') },
    { name: 'unquoted placeholder containerPort', text: task('{ "containerPort": ${PORT} }') },
    { name: 'null containerPort is not missing (other rules)', text: task('{ "containerPort": null }') },
    { name: "wrong-cased key is unknown-property's", text: task('{ "ContainerPort": 80, "HostPort": 80 }') },
    { name: "snake_case key is unknown-property's", text: task('{ "container_port": 80 }') },
    { name: 'placeholder item', text: task('"${MAPPING}"') },
    { name: 'no port mappings', text: task('') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "hostPort": 80 }] }' },
  ],
  invalid: [
    {
      name: 'only hostPort',
      text: task('⟦{ "hostPort": 80 }⟧', 'bridge'),
      problems: [{ message: 'This port mapping of container "web" has neither containerPort nor containerPortRange' }],
    },
    {
      name: 'empty mapping in the second container',
      text: `{"family": "x", "containerDefinitions": [
  {"name": "a", "image": "a", "portMappings": [{"containerPort": 80}]},
  {"image": "b", "portMappings": [⟦{}⟧, ⟦{"protocol": "udp", "name": "dns"}⟧]}
]}`,
      problems: [{ message: 'container #2' }, { message: 'neither containerPort' }],
    },
    {
      name: 'container array (Terraform)',
      text: '[{"name": "app", "image": "nginx", "portMappings": [⟦{"hostPort": 0}⟧]}]',
      problems: [{ message: 'container "app"' }],
    },
  ],
});
