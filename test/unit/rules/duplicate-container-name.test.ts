import { ruleTester } from '../helpers/rule-tester';
import { inline, taskJson } from '../helpers/task-json';

const td = (...names: string[]) => taskJson({ containers: names.map((n) => inline(`"name": ${n}`, '"image": "nginx"')) });

ruleTester('duplicate-container-name', {
  valid: [
    { name: 'distinct names', text: td('"web"', '"proxy"') },
    { name: 'names differ in case', text: td('"web"', '"Web"') },
    { name: 'placeholders', text: td('"${NAME}"', '"${NAME}"') },
    { name: 'nulls and numbers are not ours', text: td('null', 'null', '1', '1') },
    { name: 'not a task definition', text: '{ "containers": [{ "name": "a" }, { "name": "a" }] }' },
  ],
  invalid: [
    {
      name: 'second container repeats the first name',
      text: td('"web"', '⟦"web"⟧'),
      problems: [{ message: 'Container name "web" is already used by container #1' }],
    },
    {
      name: 'three of a kind: reported on each later one, naming the first',
      text: td('"app"', '"web"', '⟦"app"⟧', '⟦"app"⟧'),
      problems: [{ message: 'already used by container #1' }, { message: 'already used by container #1' }],
    },
    {
      name: 'container array',
      text: '[{ "name": "a", "image": "x" }, { "name": ⟦"a"⟧, "image": "y" }]',
      problems: [{ message: '"a" is already used' }],
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x" }, { "Name": ⟦"a"⟧, "Image": "y" } ] } } } }`,
      problems: [{ message: 'Container Name "a" is already used by container #1' }],
    },
  ],
});
