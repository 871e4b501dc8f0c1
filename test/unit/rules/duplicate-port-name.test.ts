import { ruleTester } from '../helpers/rule-tester';
import { fields, inline, taskJson, WEB } from '../helpers/task-json';

const td = (web: string, app = '{ "containerPort": 9000, "name": "app" }') =>
  taskJson({
    top: fields('"networkMode": "awsvpc"'),
    containers: [inline(...WEB, `"portMappings": [${web}]`), inline('"name": "app"', '"image": "php"', `"portMappings": [${app}]`)],
  });

ruleTester('duplicate-port-name', {
  valid: [
    { name: 'distinct names', text: td('{ "containerPort": 80, "name": "web" }') },
    { name: 'names differing in case are different', text: td('{ "containerPort": 80, "name": "App" }') },
    { name: 'unnamed mappings', text: td('{ "containerPort": 80 }, { "containerPort": 81 }', '{ "containerPort": 9000 }') },
    { name: 'placeholders', text: td('{ "containerPort": 80, "name": "${N}" }', '{ "containerPort": 9000, "name": "${N}" }') },
    {
      name: "empty names are invalid-port-name's",
      text: td('{ "containerPort": 80, "name": "" }', '{ "containerPort": 9000, "name": "" }'),
    },
    { name: 'null names', text: td('{ "containerPort": 80, "name": null }', '{ "containerPort": 9000, "name": null }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "name": "a" }, { "name": "a" }] }' },
  ],
  invalid: [
    {
      name: 'same name in two containers: the later one',
      text: td('{ "containerPort": 80, "name": "http" }', '{ "containerPort": 9000, "name": ⟦"http"⟧ }'),
      problems: [{ message: 'Port mapping name "http" is already used by container "web"', severity: 'warning' }],
      fixTitles: [],
    },
    {
      name: 'same name twice in one container, and a third time',
      text: td(
        '{ "containerPort": 80, "name": "http" }, { "containerPort": 81, "name": ⟦"http"⟧ }',
        '{ "containerPort": 9000, "name": ⟦"http"⟧ }',
      ),
      problems: [{ message: 'is already used by another mapping of this container' }, { message: 'is already used by container "web"' }],
    },
  ],
});
