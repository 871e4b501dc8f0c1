import { ruleTester } from '../helpers/rule-tester';
import { fields, object, taskJson } from '../helpers/task-json';

const windows = '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_FULL" },';
const task = (mode: string, extra = windows) =>
  taskJson({ top: extra + fields(`"networkMode": ${mode}`), containers: [object('"name": "web"', '"image": "iis"')], oneLine: true });
const omitted = (extra = windows) => taskJson({ top: extra, containers: [object('"name": "web"', '"image": "iis"')], oneLine: true });

ruleTester('windows-network-mode', {
  valid: [
    { name: 'Windows awsvpc', text: task('"awsvpc"') },
    { name: 'Windows omitted (NAT)', text: omitted() },
    { name: 'Linux bridge', text: task('"bridge"', '') },
    { name: 'Linux host', text: task('"host"', '\n  "runtimePlatform": { "operatingSystemFamily": "LINUX" },') },
    { name: 'unknown OS with bridge', text: task('"bridge"', '\n  "runtimePlatform": { "operatingSystemFamily": "${OS}" },') },
    { name: 'placeholder mode', text: task('"${MODE}"') },
    { name: "Fargate nat is fargate-requires-awsvpc's", text: task('"nat"', '\n  "requiresCompatibilities": ["FARGATE"],') },
    {
      name: "Fargate Windows bridge is fargate-requires-awsvpc's",
      text: task('"bridge"', `${windows}\n  "requiresCompatibilities": ["FARGATE"],`),
    },
    { name: "misspelt mode is invalid-enum-value's", text: task('"brige"') },
    { name: 'not a task definition', text: '{ "networkMode": "nat" }' },
  ],
  invalid: [
    {
      name: 'Windows bridge',
      text: task('⟦"bridge"⟧'),
      problems: [
        {
          message: 'Windows containers cannot use networkMode bridge: leave networkMode out for the Windows default (NAT), or use awsvpc.',
        },
      ],
      fixTitles: ['Remove networkMode (use the default)', 'Set networkMode to awsvpc'],
      fixes: {
        'Remove networkMode (use the default)': omitted(),
        'Set networkMode to awsvpc': task('"awsvpc"'),
      },
    },
    {
      name: 'Windows host',
      text: task('⟦"host"⟧'),
      problems: [{ message: 'cannot use networkMode host' }],
    },
    {
      name: 'Windows none',
      text: task('⟦"none"⟧'),
      problems: [{ message: 'cannot use networkMode none' }],
    },
    {
      name: 'nat on Windows',
      text: task('⟦"nat"⟧'),
      problems: [{ message: '"nat" is not a networkMode value: leave networkMode out to get the default' }],
      fixes: { 'Remove networkMode (use the default)': omitted() },
    },
    {
      name: 'default anywhere, any case (Linux)',
      text: task('⟦"Default"⟧', ''),
      problems: [{ message: '"Default" is not a networkMode value' }],
      fixes: { 'Set networkMode to awsvpc': task('"awsvpc"', '') },
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"RuntimePlatform": {"OperatingSystemFamily": "WINDOWS_SERVER_2019_CORE"}, "NetworkMode": ⟦"host"⟧, "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      problems: [{ message: 'cannot use NetworkMode host' }],
      fixes: {
        'Remove NetworkMode (use the default)': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"RuntimePlatform": {"OperatingSystemFamily": "WINDOWS_SERVER_2019_CORE"}, "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      },
    },
  ],
});
