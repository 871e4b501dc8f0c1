import { ruleTester } from '../helpers/rule-tester';
import { cfn, task } from '../helpers/schema-tasks';

ruleTester('unknown-property', {
  valid: [
    {
      name: 'every key known, at every level',
      text: task(
        `
  "networkMode": "awsvpc", "cpu": "256", "memory": "512", "requiresCompatibilities": ["FARGATE"],
  "runtimePlatform": { "cpuArchitecture": "X86_64", "operatingSystemFamily": "LINUX" },
  "ephemeralStorage": { "sizeInGiB": 30 }, "enableFaultInjection": false, "tags": [{ "key": "a", "value": "b" }],
  "volumes": [{ "name": "v", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "authorizationConfig": { "iam": "ENABLED" } } }],`,
        `
      "restartPolicy": { "enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 60 },
      "healthCheck": { "command": ["CMD", "true"], "interval": 5, "timeout": 2, "retries": 1, "startPeriod": 0 },
      "linuxParameters": { "initProcessEnabled": true, "capabilities": { "add": ["SYS_PTRACE"] } },
      "secrets": [{ "name": "A", "valueFrom": "arn" }], "dependsOn": [{ "containerName": "x", "condition": "START" }],
      "ulimits": [{ "name": "nofile", "softLimit": 1, "hardLimit": 2 }], "versionConsistency": "enabled",
      "resourceRequirements": [{ "type": "GPU", "sharingStrategy": { "nvidiaMps": { "memory": 1024 } } }],
      "firelensConfiguration": { "type": "fluentbit", "options": { "anything-goes": "x" } },`,
        '{ "containerPort": 80, "hostPort": 80, "protocol": "tcp", "name": "web", "appProtocol": "http" }',
      ),
    },
    {
      name: "map-valued objects hold the user's own keys",
      text: task(
        '',
        `
      "dockerLabels": { "com.example.Foo": "1" },
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "NewOption": "x" } },`,
      ),
    },
    {
      name: "describe-only keys are read-only-property's",
      text: task(
        '\n  "taskDefinitionArn": "arn", "revision": 3, "status": "ACTIVE", "compatibilities": ["EC2"], "registeredAt": "x",',
        '',
        '{ "containerPort": 80, "hostPortRange": "1-2" }',
      ),
    },
    {
      name: 'describe wrapper level is not checked',
      text: '{ "taskDefinition": { "family": "x", "containerDefinitions": [{ "name": "a", "image": "b" }] }, "tags": [], "ResponseMetadata": {} }',
    },
    {
      name: 'CloudFormation spellings, including the special ones',
      text: cfn(
        `
        "TaskDefinitionArn": "x",
        "Tags": [{ "Key": "a", "Value": "b" }],
        "ProxyConfiguration": { "Type": "APPMESH", "ContainerName": "envoy", "ProxyConfigurationProperties": [{ "Name": "AppPorts", "Value": "80" }] },
        "Volumes": [{ "Name": "v", "EFSVolumeConfiguration": { "FilesystemId": "fs-1", "AuthorizationConfig": { "IAM": "ENABLED" } },
                     "S3FilesVolumeConfiguration": { "FileSystemArn": "arn" } }],`,
        ', "PortMappings": [{ "ContainerPort": 80 }], "LogConfiguration": { "LogDriver": "awslogs", "Options": { "awslogs-group": "g" } }',
      ),
    },
    { name: 'not a task definition', text: '{ "neworkMode": "awsvpc" }' },
  ],
  invalid: [
    {
      name: 'typo at task level: error with a rename that is not preferred',
      text: task('\n  ⟦"neworkMode"⟧: "awsvpc",'),
      problems: [{ message: 'Unknown property "neworkMode" in the task definition: did you mean "networkMode"?' }],
      fixTitles: ['Rename to networkMode'],
      fixes: { 'Rename to networkMode': task('\n  "networkMode": "awsvpc",') },
    },
    {
      name: 'PascalCase key in JSON: preferred rename',
      text: task('', '', '{ ⟦"ContainerPort"⟧: 80 }'),
      problems: [
        {
          message:
            'Unknown property "ContainerPort" in containerDefinitions[0].portMappings[0]: keys are case-sensitive, write "containerPort".',
        },
      ],
      fixes: { 'Rename to containerPort': task('', '', '{ "containerPort": 80 }') },
    },
    {
      name: 'portMappings given as an object: its keys are still checked',
      text: task('', '', '').replace(
        '"portMappings": []',
        '"portMappings": { ⟦"ContainerPort"⟧: 80, ⟦"HostPort"⟧: 80, ⟦"Protcol"⟧: "tcp" }',
      ),
      problems: [
        { message: 'write "containerPort"' },
        { message: 'write "hostPort"' },
        { message: 'Unknown property "Protcol" in containerDefinitions[0].portMappings: did you mean "protocol"?' },
      ],
    },
    {
      name: 'key already present under the right name: offer removal',
      text: task('', '', '{ "containerPort": 80, ⟦"ContainerPort"⟧: 80 }'),
      problems: [{ message: '(containerPort is already set here)' }],
      fixTitles: ['Remove ContainerPort'],
      fixes: { 'Remove ContainerPort': task('', '', '{ "containerPort": 80 }') },
    },
    {
      name: 'unrelated key: warning, says where it belongs',
      text: task('', '\n      ⟦"containerPort"⟧: 80,'),
      problems: [
        {
          message:
            'Unknown property "containerPort" in containerDefinitions[0]: the ECS API does not take it here. containerPort belongs in a port mapping.',
          severity: 'warning',
        },
      ],
      fixes: { 'Remove containerPort': task('') },
    },
    {
      name: 'a key that resembles nothing',
      text: task('\n  ⟦"x-team"⟧: "payments",'),
      problems: [{ message: "If AWS added it after this extension's schema, ignore this warning.", severity: 'warning' }],
    },
    {
      name: 'nested levels',
      text: task(
        '\n  "runtimePlatform": { ⟦"os"⟧: "LINUX" },',
        `
      "healthCheck": { "command": ["CMD", "true"], ⟦"intervall"⟧: 10 },
      "logConfiguration": { ⟦"driver"⟧: "awslogs" },`,
      ),
      problems: [
        { message: 'Unknown property "os" in runtimePlatform', severity: 'warning' },
        { message: 'did you mean "interval"?' },
        { message: 'Unknown property "driver" in containerDefinitions[0].logConfiguration', severity: 'warning' },
      ],
    },
    {
      name: 'container array (Terraform)',
      text: '[{ "name": "web", "image": "nginx", ⟦"Essential"⟧: true }]',
      problems: [{ message: 'Unknown property "Essential" in container [0]: keys are case-sensitive, write "essential".' }],
      fixes: { 'Rename to essential': '[{ "name": "web", "image": "nginx", "essential": true }]' },
    },
    {
      name: 'CloudFormation: camelCase key gets the PascalCase spelling',
      text: cfn('\n        ⟦"networkMode"⟧: "awsvpc",', ', "PortMappings": [{ ⟦"containerPort"⟧: 80 }]'),
      problems: [
        { message: 'Unknown property "networkMode" in the task definition: CloudFormation spells it "NetworkMode".' },
        {
          message: 'Unknown property "containerPort" in ContainerDefinitions[0].PortMappings[0]: CloudFormation spells it "ContainerPort".',
        },
      ],
      fixes: { 'Rename to NetworkMode': cfn('\n        "NetworkMode": "awsvpc",', ', "PortMappings": [{ "containerPort": 80 }]') },
    },
    {
      name: 'CloudFormation: API spelling of a special name',
      text: cfn('\n        "Volumes": [{ "Name": "v", ⟦"EfsVolumeConfiguration"⟧: { "FilesystemId": "fs-1" } }],'),
      problems: [{ message: 'CloudFormation spells it "EFSVolumeConfiguration".' }],
      fixes: {
        'Rename to EFSVolumeConfiguration': cfn(
          '\n        "Volumes": [{ "Name": "v", "EFSVolumeConfiguration": { "FilesystemId": "fs-1" } }],',
        ),
      },
    },
    {
      name: 'CloudFormation: unknown key is a warning',
      text: cfn('\n        ⟦"Revision"⟧: 3,'),
      problems: [{ message: 'Unknown property "Revision" in the task definition', severity: 'warning' }],
    },
  ],
});
