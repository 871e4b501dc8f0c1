import { ruleTester } from '../helpers/rule-tester';
import { cfnJson, cfnProperties, inline, taskJson, WEB } from '../helpers/task-json';

const task = (top: string) => taskJson({ top, containers: [inline(...WEB)] });

const cfn = (props: string) =>
  cfnJson(cfnProperties(`\n        "Family": "web",${props}\n        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx" }]`));

ruleTester('fargate-requires-awsvpc', {
  valid: [
    { name: 'Fargate with awsvpc', text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "awsvpc",') },
    { name: 'EC2 with bridge', text: task('\n  "requiresCompatibilities": ["EC2"],\n  "networkMode": "bridge",') },
    { name: 'EC2 with networkMode omitted', text: task('\n  "requiresCompatibilities": ["EC2"],') },
    { name: 'no requiresCompatibilities', text: task('\n  "networkMode": "host",') },
    { name: 'placeholder network mode', text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "${NETWORK_MODE}",') },
    {
      name: 'null network mode (invalid-type territory)',
      text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": null,'),
    },
    {
      name: "misspelt mode is invalid-enum-value's",
      text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "AWSVPC",'),
    },
    { name: 'placeholder compatibilities', text: task('\n  "requiresCompatibilities": ["${LAUNCH_TYPE}"],\n  "networkMode": "bridge",') },
    { name: 'not a task definition', text: '{ "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge" }' },
    {
      name: 'CloudFormation Fargate with awsvpc',
      text: cfn('\n        "RequiresCompatibilities": ["FARGATE"],\n        "NetworkMode": "awsvpc",'),
    },
  ],
  invalid: [
    {
      name: 'Fargate with bridge',
      text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": ⟦"bridge"⟧,'),
      problems: [{ message: 'must use networkMode awsvpc, not bridge' }],
      fixTitles: ['Set networkMode to awsvpc'],
      fixes: { 'Set networkMode to awsvpc': task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "awsvpc",') },
    },
    {
      name: 'Fargate and EC2 with host',
      text: task('\n  "requiresCompatibilities": ["EC2", "FARGATE"],\n  "networkMode": ⟦"host"⟧,'),
      problems: [{ message: 'not host' }],
    },
    {
      name: 'Fargate with nat (reported here, not by windows-network-mode)',
      text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": ⟦"nat"⟧,'),
      problems: [{ message: 'not nat' }],
    },
    {
      name: 'Fargate with Default in any case',
      text: task('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": ⟦"Default"⟧,'),
      problems: [{ message: 'not Default' }],
    },
    {
      name: 'Fargate with networkMode omitted: inserted after family',
      text: task('\n  ⟦"requiresCompatibilities"⟧: ["FARGATE"],\n  "cpu": "256",'),
      problems: [{ message: 'it is missing, and a missing networkMode means bridge' }],
      fixTitles: ['Add "networkMode": "awsvpc"'],
      fixes: {
        'Add "networkMode": "awsvpc"': task('\n  "networkMode": "awsvpc",\n  "requiresCompatibilities": ["FARGATE"],\n  "cpu": "256",'),
      },
    },
    {
      name: 'omitted, no family: inserted after executionRoleArn',
      text: `{
  "executionRoleArn": "arn:aws:iam::123456789012:role/exec", // role
  ⟦"requiresCompatibilities"⟧: ["FARGATE"],
  "containerDefinitions": [{ "name": "web", "image": "nginx" }]
}`,
      problems: [{ message: 'missing' }],
      fixes: {
        'Add "networkMode": "awsvpc"': `{
  "executionRoleArn": "arn:aws:iam::123456789012:role/exec", // role
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "containerDefinitions": [{ "name": "web", "image": "nginx" }]
}`,
      },
    },
    {
      name: 'describe output wrapper',
      text: `{"taskDefinition": {"family": "x", ⟦"requiresCompatibilities"⟧: ["FARGATE"], "containerDefinitions": [{"name": "a", "image": "b"}]}}`,
      problems: [{ message: 'missing' }],
      fixes: {
        'Add "networkMode": "awsvpc"': `{"taskDefinition": {"family": "x", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{"name": "a", "image": "b"}]}}`,
      },
    },
    {
      name: 'CloudFormation spells NetworkMode',
      text: cfn('\n        ⟦"RequiresCompatibilities"⟧: ["FARGATE"],'),
      problems: [{ message: 'must set NetworkMode to awsvpc' }],
      fixes: { 'Add "NetworkMode": "awsvpc"': cfn('\n        "NetworkMode": "awsvpc",\n        "RequiresCompatibilities": ["FARGATE"],') },
    },
    {
      name: 'CloudFormation bridge',
      text: cfn('\n        "RequiresCompatibilities": ["FARGATE"],\n        "NetworkMode": ⟦"bridge"⟧,'),
      problems: [{ message: 'must use NetworkMode awsvpc, not bridge' }],
      fixes: { 'Set NetworkMode to awsvpc': cfn('\n        "RequiresCompatibilities": ["FARGATE"],\n        "NetworkMode": "awsvpc",') },
    },
    {
      name: 'CloudFormation YAML: NetworkMode inserted after Family',
      options: { languageId: 'yaml', uri: 'file:///template.yaml' },
      text: `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ⟦RequiresCompatibilities⟧: [FARGATE]
      ContainerDefinitions:
        - Name: web
          Image: nginx
`,
      problems: [{ message: 'must set NetworkMode to awsvpc' }],
      fixes: {
        'Add "NetworkMode": "awsvpc"': `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      ContainerDefinitions:
        - Name: web
          Image: nginx
`,
      },
    },
    {
      name: 'CloudFormation YAML: intrinsic NetworkMode is not checked, bridge is',
      options: { languageId: 'yaml', uri: 'file:///template.yaml' },
      text: `Resources:
  A:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: !If [IsFargate, awsvpc, bridge]
      ContainerDefinitions: [{ Name: a, Image: b }]
  B:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities:
        - FARGATE
      NetworkMode: ⟦bridge⟧ # old
      ContainerDefinitions: [{ Name: a, Image: b }]
`,
      problems: [{ message: 'not bridge' }],
      fixes: {
        'Set NetworkMode to awsvpc': `Resources:
  A:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: !If [IsFargate, awsvpc, bridge]
      ContainerDefinitions: [{ Name: a, Image: b }]
  B:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities:
        - FARGATE
      NetworkMode: awsvpc # old
      ContainerDefinitions: [{ Name: a, Image: b }]
`,
      },
    },
  ],
});
