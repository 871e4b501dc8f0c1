import { ruleTester } from '../helpers/rule-tester';
import { cfnJson, cfnProperties, container, taskJson } from '../helpers/task-json';

const task = (taskFields: string, mapping = '{ "containerPort": 80 }', more = '') =>
  taskJson({ top: taskFields, containers: [container('"name": "web"', `"image": "nginx",${more}\n      "portMappings": [${mapping}]`)] });

const cfn = (props: string, mapping = '{ "ContainerPort": 80 }') =>
  cfnJson(cfnProperties(`${props}\n        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx", "PortMappings": [${mapping}] }]`));

ruleTester('invalid-enum-value', {
  valid: [
    {
      name: 'every enum value valid',
      text: task(
        `
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE", "EC2", "EXTERNAL", "MANAGED_INSTANCES"],
  "pidMode": "task",
  "ipcMode": "none",
  "runtimePlatform": { "cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX" },`,
        '{ "containerPort": 80, "protocol": "udp", "name": "web", "appProtocol": "grpc" }',
        `
      "logConfiguration": { "logDriver": "awslogs", "options": { "mode": "NON-BLOCKING" } },
      "ulimits": [{ "name": "nofile", "softLimit": 1, "hardLimit": 2 }],
      "dependsOn": [{ "containerName": "x", "condition": "HEALTHY" }],
      "versionConsistency": "disabled",
      "linuxParameters": { "devices": [{ "hostPath": "/dev/x", "permissions": ["read", "mknod"] }] },`,
      ),
    },
    {
      name: 'placeholders are unknown',
      text: task(
        '\n  "networkMode": "${NETWORK_MODE}",\n  "requiresCompatibilities": ["{{ launch_type }}"],',
        '{ "containerPort": 80, "protocol": "<PROTOCOL>" }',
      ),
    },
    {
      name: 'null values',
      text: task('\n  "networkMode": null,\n  "pidMode": null,', '{ "containerPort": 80, "protocol": null, "appProtocol": null }'),
    },
    {
      name: "wrong types are invalid-type's",
      text: task('\n  "networkMode": 1,\n  "requiresCompatibilities": "FARGATE",', '{ "containerPort": 80, "protocol": true }'),
    },
    { name: "nat and default are windows-network-mode's", text: task('\n  "networkMode": "nat",') },
    { name: 'default network mode', text: task('\n  "networkMode": "default",') },
    { name: 'map values are free text', text: task('', '{ "containerPort": 80 }', '\n      "dockerLabels": { "protocol": "TCP" },') },
    { name: 'unknown key with an enum-like name is not checked', text: task('\n  "networkModeX": "TCP",') },
    {
      name: 'CloudFormation valid values',
      text: cfn(
        '\n        "NetworkMode": "awsvpc",\n        "RequiresCompatibilities": ["FARGATE"],',
        '{ "ContainerPort": 80, "Protocol": "tcp" }',
      ),
    },
    { name: 'CloudFormation intrinsic', text: cfn('\n        "NetworkMode": { "Ref": "Mode" },') },
    { name: 'not a task definition', text: '{ "networkMode": "AWSVPC" }' },
  ],
  invalid: [
    {
      name: 'protocol TCP',
      text: task('', '{ "containerPort": 80, "protocol": ⟦"TCP"⟧ }'),
      problems: [
        {
          message:
            '"TCP" is not a valid protocol: values are case-sensitive, write "tcp". ECS says: "Valid values for portMapping protocol',
        },
      ],
      fixTitles: ['Change to "tcp"'],
      fixes: { 'Change to "tcp"': task('', '{ "containerPort": 80, "protocol": "tcp" }') },
    },
    {
      name: 'protocol http has no near value',
      text: task('', '{ "containerPort": 80, "protocol": ⟦"http"⟧ }'),
      problems: [{ message: '"http" is not a valid protocol: use tcp or udp.' }],
      fixTitles: [],
    },
    {
      name: 'Fargate in requiresCompatibilities',
      text: task('\n  "requiresCompatibilities": [⟦"Fargate"⟧],'),
      problems: [{ message: '"Fargate" is not a valid requiresCompatibilities entry: values are case-sensitive, write "FARGATE".' }],
      fixes: { 'Change to "FARGATE"': task('\n  "requiresCompatibilities": ["FARGATE"],') },
    },
    {
      name: 'networkMode typo, suggestion not preferred',
      text: task('\n  "networkMode": ⟦"awsvcp"⟧,'),
      problems: [{ message: '"awsvcp" is not a valid networkMode: use one of awsvpc, bridge, host, none (did you mean "awsvpc"?).' }],
      fixes: { 'Change to "awsvpc"': task('\n  "networkMode": "awsvpc",') },
    },
    {
      name: 'appProtocol HTTP (2023 docs showed upper case)',
      text: task('', '{ "containerPort": 80, "name": "web", "appProtocol": ⟦"HTTP"⟧ }'),
      problems: [{ message: 'write "http"' }],
      fixes: { 'Change to "http"': task('', '{ "containerPort": 80, "name": "web", "appProtocol": "http" }') },
    },
    {
      name: 'empty appProtocol (ecspresso export)',
      text: task('', '{ "containerPort": 80, "appProtocol": ⟦""⟧ }'),
      problems: [{ message: 'An empty appProtocol is not a valid value' }],
      fixes: { 'Remove the empty appProtocol': task('', '{ "containerPort": 80 }') },
    },
    {
      name: 'empty ipcMode and pidMode, both reported',
      text: task('\n  "ipcMode": ⟦""⟧,\n  "pidMode": ⟦""⟧,'),
      problems: [
        { message: 'An empty ipcMode is not a valid value: remove it or use one of host, none, task.' },
        { message: 'An empty pidMode is not a valid value: remove it or use host or task.' },
      ],
      fixes: { 'Remove the empty ipcMode': task('\n  "pidMode": "",') },
    },
    {
      name: 'empty array item',
      text: task('\n  "requiresCompatibilities": ["EC2", ⟦""⟧],'),
      problems: [{ message: 'An empty requiresCompatibilities entry' }],
      fixes: { 'Remove the empty requiresCompatibilities entry': task('\n  "requiresCompatibilities": ["EC2"],') },
    },
    {
      name: 'nested enums: log driver, runtime platform, ulimit, dependsOn condition, versionConsistency',
      text: task(
        '\n  "runtimePlatform": { "operatingSystemFamily": ⟦"linux"⟧ },',
        '{ "containerPort": 80 }',
        `
      "logConfiguration": { "logDriver": ⟦"AwsLogs"⟧ },
      "ulimits": [{ "name": ⟦"NOFILE"⟧, "softLimit": 1, "hardLimit": 2 }],
      "dependsOn": [{ "containerName": "x", "condition": ⟦"healthy"⟧ }],
      "versionConsistency": ⟦"Enabled"⟧,`,
      ),
      problems: [
        { message: 'write "LINUX"' },
        { message: 'write "awslogs"' },
        { message: 'write "nofile"' },
        { message: 'write "HEALTHY"' },
        { message: 'write "enabled"' },
      ],
      fixes: {
        'Change to "LINUX"': task(
          '\n  "runtimePlatform": { "operatingSystemFamily": "LINUX" },',
          '{ "containerPort": 80 }',
          `
      "logConfiguration": { "logDriver": "AwsLogs" },
      "ulimits": [{ "name": "NOFILE", "softLimit": 1, "hardLimit": 2 }],
      "dependsOn": [{ "containerName": "x", "condition": "healthy" }],
      "versionConsistency": "Enabled",`,
        ),
      },
    },
    {
      name: 'unknown log driver',
      text: task('', '{ "containerPort": 80 }', '\n      "logConfiguration": { "logDriver": ⟦"datadog"⟧ },'),
      problems: [{ message: '"datadog" is not a valid logDriver: use one of awsfirelens, awslogs' }],
    },
    {
      name: 'container array (Terraform)',
      text: '[{ "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 80, "protocol": ⟦"Udp"⟧ }] }]',
      problems: [{ message: 'write "udp"' }],
      fixes: { 'Change to "udp"': '[{ "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 80, "protocol": "udp" }] }]' },
    },
    {
      name: 'describe output',
      text: '{ "taskDefinition": { "family": "x", "networkMode": ⟦"AWSVPC"⟧, "containerDefinitions": [{ "name": "a", "image": "b" }] } }',
      problems: [{ message: 'write "awsvpc"' }],
    },
    {
      name: 'CloudFormation Protocol and NetworkMode',
      text: cfn('\n        "NetworkMode": ⟦"Bridge"⟧,', '{ "ContainerPort": 80, "Protocol": ⟦"TCP"⟧ }'),
      problems: [{ message: '"Bridge" is not a valid NetworkMode' }, { message: '"TCP" is not a valid Protocol' }],
      fixes: { 'Change to "bridge"': cfn('\n        "NetworkMode": "bridge",', '{ "ContainerPort": 80, "Protocol": "TCP" }') },
    },
  ],
});
