import { ruleTester } from '../helpers/rule-tester';
import { container, fields, inline, taskJson } from '../helpers/task-json';

const task = (mode: string, links = '"links": ["db:database"],', extra = '') =>
  taskJson({
    top: (mode ? fields(`"networkMode": ${mode}`) : '') + extra,
    containers: [
      container('"name": "app"', '"image": "app"', `${links}\n      "essential": true`),
      inline('"name": "db"', '"image": "postgres"'),
    ],
  });
const windows = '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },';

ruleTester('links-require-bridge', {
  valid: [
    { name: 'bridge', text: task('"bridge"') },
    { name: 'omitted on Linux is bridge', text: task('') },
    { name: 'empty links in awsvpc', text: task('"awsvpc"', '"links": [],') },
    { name: 'null links in awsvpc', text: task('"awsvpc"', '"links": null,') },
    { name: 'placeholder links in awsvpc', text: task('"awsvpc"', '"links": "${LINKS}",') },
    { name: 'placeholder mode', text: task('"${MODE}"') },
    {
      name: "Fargate with mode omitted is fargate-unsupported-parameter's",
      text: task('', undefined, '\n  "requiresCompatibilities": ["FARGATE"],'),
    },
    { name: 'not a task definition', text: '{ "networkMode": "awsvpc", "links": ["a"] }' },
  ],
  invalid: [
    {
      name: 'awsvpc: localhost advice and remove fix',
      text: task('"awsvpc"', '⟦"links"⟧: ["db:database"],'),
      problems: [
        {
          message:
            'links on container "app" only work in bridge mode; in awsvpc mode the containers of a task share one network interface and reach each other on localhost',
        },
      ],
      fixTitles: ['Remove links'],
      fixes: { 'Remove links': task('"awsvpc"', '').replace('\n      \n', '\n') },
    },
    {
      name: 'Fargate with awsvpc is reported here',
      text: task('"awsvpc"', '⟦"links"⟧: ["db"],', '\n  "requiresCompatibilities": ["FARGATE"],'),
      problems: [{ message: 'in awsvpc mode' }],
    },
    {
      name: 'host mode',
      text: task('"host"', '⟦"links"⟧: ["db"],'),
      problems: [{ message: "in host mode containers use the instance's network and reach each other on localhost" }],
    },
    {
      name: 'none mode',
      text: task('"none"', '⟦"links"⟧: ["db"],'),
      problems: [{ message: 'with networkMode none the container has no network to link' }],
    },
    {
      name: 'Windows with the default mode',
      text: task('', '⟦"links"⟧: ["db"],', windows),
      problems: [{ message: 'links on container "app" are not supported for Windows containers' }],
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "a", "Image": "b", ⟦"Links"⟧: ["c"]}, {"Name": "c", "Image": "d"}]}}}}`,
      problems: [{ message: 'Links on container "a" only work in bridge mode' }],
      fixes: {
        'Remove Links': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "a", "Image": "b"}, {"Name": "c", "Image": "d"}]}}}}`,
      },
    },
    {
      name: 'CloudFormation YAML',
      options: { languageId: 'yaml', uri: 'file:///template.yaml' },
      text: `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: app
          Image: app
          ⟦Links⟧:
            - db
        - Name: db
          Image: postgres
`,
      problems: [{ message: 'Links on container "app"' }],
      fixes: {
        'Remove Links': `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: app
          Image: app
        - Name: db
          Image: postgres
`,
      },
    },
  ],
});
