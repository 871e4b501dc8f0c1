import { ruleTester } from '../helpers/rule-tester';
import { cfnJson, cfnProperties, container, inline, taskJson } from '../helpers/task-json';

const td = (family: string, name: string, extra = '') =>
  taskJson({ family, containers: [container(`"name": ${name}`, `"image": "nginx"${extra}`)] });

const twoContainers = (name: string, ref: string) =>
  taskJson({
    containers: [
      inline(`"name": ${name}`, '"image": "app"'),
      container(
        '"name": "proxy"',
        '"image": "nginx"',
        `"links": [${ref}:app"]`,
        `"dependsOn": [{ "containerName": ${ref}", "condition": "START" }]`,
        `"volumesFrom": [{ "sourceContainer": ${ref}" }]`,
      ),
    ],
  });

const cfn = (family: string) =>
  cfnJson(cfnProperties(`\n        "Family": ${family},\n        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx" }]`));

ruleTester('invalid-name', {
  valid: [
    { name: 'letters, digits, - and _', text: td('"my_web-app-2"', '"web_1-a"') },
    { name: 'angle placeholder family', text: td('"<ECS-FAMILY>"', '"web"') },
    { name: 'template placeholders', text: td('"${FAMILY}"', '"{{ .Name }}"') },
    { name: 'bare placeholder', text: td('"my.app"', '"web"').replace('"my.app"', '<FAMILY>') },
    { name: 'envsubst placeholder', text: td('"$FAMILY"', '"web"') },
    { name: 'null and wrong types are not ours', text: td('null', '42') },
    { name: '255 characters', text: td(`"${'a'.repeat(255)}"`, '"web"') },
    { name: 'CloudFormation intrinsic', text: cfn('{ "Fn::Sub": "${AWS::StackName}.web" }') },
    { name: 'not a task definition', text: '{ "family": "my app", "name": "a b" }' },
  ],
  invalid: [
    {
      name: 'family with a dot and a space',
      text: td('⟦"my app.v2"⟧', '"web"'),
      problems: [{ message: 'family "my app.v2" contains characters ECS does not allow (" ", ".")' }],
      fixTitles: ['Replace invalid characters with \'-\' ("my-app-v2")'],
      fixes: { 'Replace invalid characters with \'-\' ("my-app-v2")': td('"my-app-v2"', '"web"') },
    },
    {
      name: 'family error quotes AWS',
      text: td('⟦"a/b"⟧', '"web"'),
      problems: [{ message: 'ECS: "Family contains invalid characters."' }],
    },
    {
      name: 'container name with a slash, references follow the rename',
      text: twoContainers('⟦"app/api"⟧', '"app/api'),
      problems: [{ message: 'Container name "app/api" contains characters ECS does not allow ("/")' }],
      fixes: { 'Replace invalid characters with \'-\' ("app-api")': twoContainers('"app-api"', '"app-api') },
    },
    {
      name: 'non-ASCII character becomes one hyphen',
      text: td('"web"', '⟦"café"⟧'),
      problems: [{ message: '("é")' }],
      fixes: { 'Replace invalid characters with \'-\' ("caf-")': td('"web"', '"caf-"') },
    },
    {
      name: 'empty name, no fix',
      text: td('"web"', '⟦""⟧'),
      problems: [{ message: 'Container name is empty' }],
      fixTitles: [],
    },
    {
      name: 'too long, no fix',
      text: td(`⟦"${'a'.repeat(256)}"⟧`, '"web"'),
      problems: [{ message: 'family is 256 characters long; ECS allows at most 255' }],
      fixTitles: [],
    },
    {
      name: 'no fix when the cleaned name is taken',
      text: `{"family": "x", "containerDefinitions": [{"name": "a-b", "image": "i"}, {"name": ⟦"a.b"⟧, "image": "i"}]}`,
      problems: [{ message: 'Container name "a.b"' }],
      fixTitles: [],
    },
    {
      name: 'CloudFormation Family',
      text: cfn('⟦"web app"⟧'),
      problems: [{ message: 'Family "web app" contains characters' }],
      fixes: { 'Replace invalid characters with \'-\' ("web-app")': cfn('"web-app"') },
    },
    {
      name: 'container array (no family)',
      text: `[{"name": ⟦"my app"⟧, "image": "nginx", "essential": true}]`,
      problems: [{ message: 'Container name "my app"' }],
      fixes: { 'Replace invalid characters with \'-\' ("my-app")': `[{"name": "my-app", "image": "nginx", "essential": true}]` },
    },
  ],
});
