import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson, WEB } from '../helpers/task-json';

const task = (mode: string, mappings: string, extra = '') =>
  taskJson({ top: fields(`"networkMode": ${mode}`) + extra, containers: [container(...WEB, `"portMappings": ${mappings}`)] });

ruleTester('port-mappings-in-none-mode', {
  valid: [
    { name: 'none without portMappings key', text: task('"none"', '[]').replace(',\n      "portMappings": []', '') },
    { name: 'none with an empty portMappings array', text: task('"none"', '[]') },
    { name: 'bridge with mappings', text: task('"bridge"', '[{ "containerPort": 80 }]') },
    { name: 'awsvpc with mappings', text: task('"awsvpc"', '[{ "containerPort": 80 }]') },
    { name: 'placeholder network mode', text: task('"${NETWORK_MODE}"', '[{ "containerPort": 80 }]') },
    { name: 'null network mode', text: task('null', '[{ "containerPort": 80 }]') },
    { name: 'portMappings is a placeholder', text: task('"none"', '"${PORTS}"') },
    { name: 'only placeholder items', text: task('"none"', '[${PORT_MAPPING}]') },
    { name: 'not a task definition', text: '{ "networkMode": "none", "portMappings": [{ "containerPort": 80 }] }' },
  ],
  invalid: [
    {
      name: 'none with one mapping',
      text: task('"none"', '[{ "containerPort": 80 }]').replace('"portMappings"', '⟦"portMappings"⟧'),
      problems: [{ message: 'A port mapping in networkMode none' }],
      fixTitles: ['Remove portMappings', 'Set networkMode to bridge', 'Set networkMode to awsvpc'],
      fixes: {
        'Remove portMappings': task('"none"', '[]').replace(',\n      "portMappings": []', ''),
        'Set networkMode to bridge': task('"bridge"', '[{ "containerPort": 80 }]'),
        'Set networkMode to awsvpc': task('"awsvpc"', '[{ "containerPort": 80 }]'),
      },
    },
    {
      name: 'Fargate task: only awsvpc is offered',
      text: task('"none"', '[{ "containerPort": 80 }, { "containerPort": 443 }]', '\n  "requiresCompatibilities": ["FARGATE"],').replace(
        '"portMappings"',
        '⟦"portMappings"⟧',
      ),
      problems: [{ message: '2 port mappings in networkMode none' }],
      fixTitles: ['Remove portMappings', 'Set networkMode to awsvpc'],
    },
    {
      name: 'one diagnostic per container with mappings',
      text: `{"family": "x", "networkMode": "none", "containerDefinitions": [
  {"name": "a", "image": "a", ⟦"portMappings"⟧: [{"containerPort": 1}]},
  {"name": "b", "image": "b", "portMappings": []},
  {"name": "c", "image": "c", ⟦"portMappings"⟧: [{"containerPort": 2}]}
]}`,
      problems: [{ message: 'networkMode none' }, { message: 'networkMode none' }],
      fixes: {
        'Remove portMappings': `{"family": "x", "networkMode": "none", "containerDefinitions": [
  {"name": "a", "image": "a"},
  {"name": "b", "image": "b", "portMappings": []},
  {"name": "c", "image": "c", "portMappings": [{"containerPort": 2}]}
]}`,
      },
    },
  ],
});
