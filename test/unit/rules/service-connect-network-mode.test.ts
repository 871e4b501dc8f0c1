import { ruleTester } from '../helpers/rule-tester';
import { inline, taskJson, WEB } from '../helpers/task-json';

const td = (mappings: string, task = '"networkMode": "host",') =>
  taskJson({ top: `\n  ${task}`, containers: [inline(...WEB, `"portMappings": [${mappings}]`)] });
const windows = '"runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_FULL" },';
const named = '{ "containerPort": 80, "name": "web-80-tcp", "appProtocol": "http" }';

ruleTester('service-connect-network-mode', {
  valid: [
    { name: 'awsvpc', text: td(named, '"networkMode": "awsvpc",') },
    { name: 'bridge', text: td(named, '"networkMode": "bridge",') },
    { name: 'omitted on Linux (bridge)', text: td(named, '') },
    { name: 'unknown mode', text: td(named, '"networkMode": "${MODE}",') },
    {
      name: 'unknown operating system',
      text: td(named, '"runtimePlatform": { "operatingSystemFamily": "${OS}" }, "networkMode": "awsvpc",'),
    },
    { name: 'host mode without Service Connect fields', text: td('{ "containerPort": 80 }') },
    { name: 'host mode, placeholder name', text: td('{ "containerPort": 80, "name": "${N}" }') },
    { name: 'host mode, empty strings and null', text: td('{ "containerPort": 80, "name": "", "appProtocol": null }') },
    { name: 'not a task definition', text: '{ "networkMode": "host", "portMappings": [{ "containerPort": 80, "name": "a" }] }' },
  ],
  invalid: [
    {
      name: 'host mode: one problem per mapping, on the name',
      text: td(`{ "containerPort": 80, "name": ⟦"web-80-tcp"⟧, "appProtocol": "http" }, { "containerPort": 81, "appProtocol": ⟦"grpc"⟧ }`),
      problems: [
        {
          message:
            'Port mapping name "web-80-tcp" is a Service Connect setting, but Service Connect does not support networkMode host; use bridge or awsvpc',
          severity: 'warning',
        },
        { message: 'Port mapping appProtocol "grpc" is a Service Connect setting' },
      ],
      fixTitles: [],
    },
    {
      name: 'none mode',
      text: td('{ "containerPort": 80, "name": ⟦"a"⟧ }', '"networkMode": "none",'),
      problems: [{ message: 'does not support networkMode none' }],
    },
    {
      name: 'Windows with awsvpc',
      text: td('{ "containerPort": 80, "name": ⟦"a"⟧ }', `${windows} "networkMode": "awsvpc",`),
      problems: [{ message: 'Service Connect does not support Windows tasks' }],
    },
    {
      name: 'Windows with mode omitted',
      text: td('{ "containerPort": 80, "name": ⟦"a"⟧ }', windows),
      problems: [{ message: 'Service Connect does not support Windows tasks' }],
    },
  ],
});
