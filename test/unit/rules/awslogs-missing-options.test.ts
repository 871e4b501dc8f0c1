import { ruleTester } from '../helpers/rule-tester';
import { container, taskJson, WEB } from '../helpers/task-json';

const task = (log: string, top = '') => taskJson({ top, containers: [container(...WEB, `"logConfiguration": ${log}`)] });

ruleTester('awslogs-missing-options', {
  valid: [
    {
      name: 'group and region',
      text: task(
        '{ "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" } }',
      ),
    },
    {
      name: 'placeholder values count as set',
      text: task('{ "logDriver": "awslogs", "options": { "awslogs-group": "${GROUP}", "awslogs-region": "<REGION>" } }'),
    },
    { name: 'options is a placeholder', text: task('{ "logDriver": "awslogs", "options": "${LOG_OPTIONS}" }') },
    { name: 'options is null', text: task('{ "logDriver": "awslogs", "options": null }') },
    { name: 'other driver', text: task('{ "logDriver": "json-file" }') },
    { name: 'firelens without options', text: task('{ "logDriver": "awsfirelens" }') },
    { name: 'placeholder driver', text: task('{ "logDriver": "${DRIVER}" }') },
    { name: 'null logConfiguration', text: task('null') },
    { name: 'not a task definition', text: '{ "logConfiguration": { "logDriver": "awslogs" } }' },
    {
      name: 'CloudFormation with intrinsic region',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "a", "Image": "b", "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "g", "awslogs-region": {"Ref": "AWS::Region"}}}}]}}}}`,
    },
  ],
  invalid: [
    {
      name: 'region missing',
      text: task('{ "logDriver": "awslogs", ⟦"options"⟧: { "awslogs-group": "/ecs/web" } }'),
      problems: [
        {
          message: 'The awslogs log driver for container "web" needs options awslogs-group and awslogs-region; awslogs-region is missing.',
        },
      ],
    },
    {
      name: 'both missing (EC2 task too)',
      text: task('{ "logDriver": "awslogs", ⟦"options"⟧: { "awslogs-stream-prefix": "web" } }', '\n  "requiresCompatibilities": ["EC2"],'),
      problems: [{ message: 'awslogs-group and awslogs-region are missing' }],
    },
    {
      name: 'no options at all',
      text: task('{ "logDriver": ⟦"awslogs"⟧ }'),
      problems: [{ message: 'needs options with awslogs-group and awslogs-region; there are no options' }],
    },
    {
      name: 'container array (Terraform container_definitions)',
      text: '[{ "name": "web", "image": "nginx", "logConfiguration": { "logDriver": "awslogs", ⟦"options"⟧: { "awslogs-region": "us-east-1" } } }]',
      problems: [{ message: 'awslogs-group is missing' }],
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "a", "Image": "b", "LogConfiguration": {"LogDriver": "awslogs", ⟦"Options"⟧: {"awslogs-group": "g"}}}]}}}}`,
      problems: [{ message: 'needs Options awslogs-group and awslogs-region; awslogs-region is missing' }],
    },
  ],
});
