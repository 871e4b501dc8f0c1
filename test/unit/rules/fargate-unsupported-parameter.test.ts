import { ruleTester } from '../helpers/rule-tester';
import { container, taskJson, FARGATE_TASK } from '../helpers/task-json';

const task = (more: string, top = '') =>
  taskJson({ top: FARGATE_TASK + top, containers: [container('"name": "web"', `"image": "nginx",${more}\n      "essential": true`)] });

ruleTester('fargate-unsupported-parameter', {
  valid: [
    { name: 'plain Fargate task', text: task('') },
    {
      name: 'empty and off values are not uses',
      text: task(
        `
      "privileged": false,
      "disableNetworking": false,
      "dnsServers": [],
      "dnsSearchDomains": null,
      "dockerSecurityOptions": [],
      "linuxParameters": { "maxSwap": null, "devices": [], "tmpfs": [], "capabilities": { "add": ["SYS_PTRACE"] }, "initProcessEnabled": true },
      "logConfiguration": { "logDriver": "awslogs" },`,
        `
  "ipcMode": null,
  "pidMode": "task",
  "placementConstraints": [],
  "volumes": [{ "name": "data", "host": {} }],`,
      ),
    },
    { name: "empty enum strings are invalid-enum-value's", text: task('', '\n  "ipcMode": "",\n  "pidMode": "",') },
    {
      name: 'placeholder values',
      text: task('\n      "privileged": "${PRIV}",\n      "dnsServers": "{{ dns }}",', '\n  "ipcMode": "${IPC}",'),
    },
    { name: 'splunk and firelens log drivers', text: task('\n      "logConfiguration": { "logDriver": "splunk" },') },
    { name: "misspelt log driver is invalid-enum-value's", text: task('\n      "logConfiguration": { "logDriver": "json_file" },') },
    { name: "links in awsvpc are links-require-bridge's", text: task('\n      "links": ["db"],') },
    {
      name: "extraHosts in awsvpc are extra-hosts-in-awsvpc's",
      text: task('\n      "extraHosts": [{ "hostname": "a", "ipAddress": "10.0.0.1" }],'),
    },
    { name: 'EC2 task may use them', text: task('\n      "privileged": true,').replace('FARGATE', 'EC2') },
    { name: 'unknown compatibilities', text: task('\n      "privileged": true,').replace('["FARGATE"]', '["${COMPAT}"]') },
    {
      name: 'GPU-less resourceRequirements',
      text: task('\n      "resourceRequirements": [{ "type": "InferenceAccelerator", "value": "device_1" }],'),
    },
  ],
  invalid: [
    {
      name: 'privileged',
      text: task('\n      ⟦"privileged"⟧: true,'),
      problems: [{ message: 'Fargate does not support privileged (container "web").' }],
      fixTitles: ['Remove privileged'],
      fixes: { 'Remove privileged': task('') },
    },
    {
      name: 'one diagnostic per key',
      text: task(`
      ⟦"dnsServers"⟧: ["10.0.0.2"],
      ⟦"dnsSearchDomains"⟧: ["corp"],
      ⟦"disableNetworking"⟧: true,
      ⟦"dockerSecurityOptions"⟧: ["no-new-privileges"],`),
      problems: [
        { message: 'dnsServers' },
        { message: 'dnsSearchDomains' },
        { message: 'disableNetworking' },
        { message: 'dockerSecurityOptions' },
      ],
    },
    {
      name: 'ipcMode',
      text: task('', '\n  ⟦"ipcMode"⟧: "host",'),
      problems: [{ message: 'Fargate does not support ipcMode (here "host")' }],
      fixes: { 'Remove ipcMode': task('') },
    },
    {
      name: 'pidMode host',
      text: task('', '\n  "pidMode": ⟦"host"⟧,'),
      problems: [{ message: 'Fargate supports only pidMode "task"' }],
      fixTitles: ['Remove pidMode', 'Set pidMode to task'],
      fixes: { 'Set pidMode to task': task('', '\n  "pidMode": "task",') },
    },
    {
      name: 'pidMode task on Windows',
      text: task('', '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },\n  "pidMode": ⟦"task"⟧,')
        .replace('"256"', '"1024"')
        .replace('"512"', '"2048"'),
      problems: [{ message: 'Windows tasks on Fargate do not support pidMode' }],
    },
    {
      name: 'placementConstraints',
      text: task('', '\n  ⟦"placementConstraints"⟧: [{ "type": "memberOf", "expression": "attribute:ecs.os-type == linux" }],'),
      problems: [{ message: 'Fargate does not support task placementConstraints: Fargate places tasks itself' }],
      fixes: { 'Remove placementConstraints': task('') },
    },
    {
      name: 'dockerVolumeConfiguration',
      text: task('', '\n  "volumes": [{ "name": "data", ⟦"dockerVolumeConfiguration"⟧: { "scope": "task", "driver": "local" } }],'),
      problems: [{ message: 'dockerVolumeConfiguration (volume "data"); use an EFS volume or a bind mount' }],
      fixes: { 'Remove dockerVolumeConfiguration': task('', '\n  "volumes": [{ "name": "data" }],') },
    },
    {
      name: 'linuxParameters and capabilities',
      text: task(
        '\n      "linuxParameters": { ⟦"maxSwap"⟧: 1024, ⟦"swappiness"⟧: 60, ⟦"sharedMemorySize"⟧: 64, ⟦"devices"⟧: [{ "hostPath": "/dev/fuse" }], ⟦"tmpfs"⟧: [{ "containerPath": "/tmp", "size": 64 }], "capabilities": { "add": ["SYS_PTRACE", ⟦"NET_ADMIN"⟧] } },',
      ),
      problems: [
        { message: 'linuxParameters.maxSwap (container "web")' },
        { message: 'linuxParameters.swappiness' },
        { message: 'linuxParameters.sharedMemorySize' },
        { message: 'linuxParameters.devices' },
        { message: 'linuxParameters.tmpfs' },
        { message: 'Fargate can only add the SYS_PTRACE capability, not NET_ADMIN' },
      ],
    },
    {
      name: 'capability removal fix',
      text: task('\n      "linuxParameters": { "capabilities": { "add": [⟦"SYS_ADMIN"⟧, "SYS_PTRACE"] } },'),
      problems: [{ message: 'not SYS_ADMIN' }],
      fixes: { 'Remove SYS_ADMIN': task('\n      "linuxParameters": { "capabilities": { "add": ["SYS_PTRACE"] } },') },
    },
    {
      name: 'log driver',
      text: task('\n      "logConfiguration": { "logDriver": ⟦"json-file"⟧ },'),
      problems: [{ message: 'Fargate does not support the json-file log driver (container "web"); use awslogs, splunk or awsfirelens.' }],
      fixTitles: [],
    },
    {
      name: 'GPU',
      text: task('\n      "resourceRequirements": [{ "type": ⟦"GPU"⟧, "value": "1" }],'),
      problems: [{ message: 'Fargate does not support GPU resourceRequirements' }],
      fixes: { 'Remove the GPU requirement': task('\n      "resourceRequirements": [],') },
    },
    {
      name: 'links and extraHosts when the mode is not awsvpc are reported here',
      text: task('\n      ⟦"links"⟧: ["db"],\n      ⟦"extraHosts"⟧: [{ "hostname": "a", "ipAddress": "10.0.0.1" }],').replace(
        '\n  "networkMode": "awsvpc",',
        '',
      ),
      problems: [{ message: 'Fargate does not support links' }, { message: 'Fargate does not support extraHosts' }],
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256", "Memory": "512", "ContainerDefinitions": [{"Name": "a", "Image": "b", ⟦"Privileged"⟧: true}]}}}}`,
      problems: [{ message: 'Fargate does not support Privileged (container "a")' }],
      fixes: {
        'Remove Privileged': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256", "Memory": "512", "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      },
    },
  ],
});
