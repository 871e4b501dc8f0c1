import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson } from '../helpers/task-json';

const task = (mode: string, extraHosts: string, extra = '') =>
  taskJson({
    top: (mode ? fields(`"networkMode": ${mode}`) : '') + extra,
    containers: [container('"name": "app"', '"image": "app"', `${extraHosts}\n      "essential": true`)],
  });
const hosts = '"extraHosts": [{ "hostname": "db", "ipAddress": "10.0.0.5" }],';
const windows = '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_FULL" },';

ruleTester('extra-hosts-in-awsvpc', {
  valid: [
    { name: 'bridge', text: task('"bridge"', hosts) },
    { name: 'host', text: task('"host"', hosts) },
    { name: 'omitted on Linux', text: task('', hosts) },
    { name: 'empty list in awsvpc', text: task('"awsvpc"', '"extraHosts": [],') },
    { name: 'null in awsvpc', text: task('"awsvpc"', '"extraHosts": null,') },
    { name: 'placeholder in awsvpc', text: task('"awsvpc"', '"extraHosts": "${HOSTS}",') },
    { name: 'unknown OS and mode', text: task('"${MODE}"', hosts, '\n  "runtimePlatform": { "operatingSystemFamily": "${OS}" },') },
    { name: 'not a task definition', text: `{ "networkMode": "awsvpc", ${hosts} "x": 1 }` },
  ],
  invalid: [
    {
      name: 'awsvpc',
      text: task('"awsvpc"', hosts.replace('"extraHosts"', '⟦"extraHosts"⟧')),
      problems: [{ message: 'extraHosts (1 entry) on container "app" is not supported in awsvpc mode' }],
      fixTitles: ['Remove extraHosts'],
      fixes: { 'Remove extraHosts': task('"awsvpc"', '').replace('\n      \n', '\n') },
    },
    {
      name: 'Fargate awsvpc is reported here, not by fargate-unsupported-parameter',
      text: task('"awsvpc"', hosts.replace('"extraHosts"', '⟦"extraHosts"⟧'), '\n  "requiresCompatibilities": ["FARGATE"],'),
      problems: [{ message: 'in awsvpc mode' }],
    },
    {
      name: 'Windows with default mode',
      text: task(
        '',
        '⟦"extraHosts"⟧: [{ "hostname": "a", "ipAddress": "10.0.0.1" }, { "hostname": "b", "ipAddress": "10.0.0.2" }],',
        windows,
      ),
      problems: [{ message: 'extraHosts (2 entries) on container "app" is not supported for Windows containers' }],
    },
  ],
});
