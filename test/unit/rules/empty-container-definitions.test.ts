import { ruleTester } from '../helpers/rule-tester';
import { cfnJson } from '../helpers/task-json';

const cfn = (props: string) => cfnJson(props);

ruleTester('empty-container-definitions', {
  valid: [
    { name: 'one container', text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx" }] }' },
    { name: 'placeholder list', text: '{ "family": "web", "containerDefinitions": "${CONTAINERS}" }' },
    { name: 'bare placeholder list', text: '{ "family": "web", "containerDefinitions": ${containers} }' },
    { name: 'null is not ours', text: '{ "family": "web", "containerDefinitions": null }' },
    { name: 'CloudFormation with containers', text: cfn('"Properties": { "ContainerDefinitions": [{ "Name": "a", "Image": "b" }] }') },
    { name: 'CloudFormation intrinsic list', text: cfn('"Properties": { "ContainerDefinitions": { "Fn::If": ["C", [], []] } }') },
    { name: 'CloudFormation with a syntax error in Properties', text: cfn('"Properties": { "Family": "x" "Cpu": "256" }') },
    { name: 'not a task definition', text: '{ "containers": [] }' },
  ],
  invalid: [
    {
      name: 'empty array',
      text: '{ "family": "web", "containerDefinitions": ⟦[]⟧ }',
      problems: [{ message: 'containerDefinitions is empty; ECS needs at least one container' }],
    },
    {
      name: 'describe output',
      text: '{ "taskDefinition": { "family": "web", "containerDefinitions": ⟦[ ]⟧ } }',
      problems: [{ message: 'containerDefinitions is empty' }],
    },
    {
      name: 'CloudFormation empty',
      text: cfn('"Properties": { "Family": "web", "ContainerDefinitions": ⟦[]⟧ }'),
      problems: [{ message: 'ContainerDefinitions is empty' }],
    },
    {
      name: 'CloudFormation without ContainerDefinitions',
      text: cfn('⟦"Properties"⟧: { "Family": "web", "Cpu": "256" }'),
      problems: [{ message: 'This task definition has no ContainerDefinitions' }],
    },
  ],
});
