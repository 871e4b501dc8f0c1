import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson } from '../helpers/task-json';

/** Two containers, "app" and "sidecar", with the given mappings. */
const task = (mode: string, app: string, sidecar: string) =>
  taskJson({
    top: fields(`"networkMode": "${mode}"`),
    containers: [
      container('"name": "app"', '"image": "app"', '"memory": 256', `"portMappings": [${app}]`),
      container('"name": "sidecar"', '"image": "sidecar"', '"memory": 256', `"portMappings": [${sidecar}]`),
    ],
  });

ruleTester('host-port-conflict', {
  valid: [
    { name: 'bridge: dynamic host ports', text: task('bridge', '{ "containerPort": 80, "hostPort": 0 }', '{ "containerPort": 80 }') },
    {
      name: 'bridge: same containerPort, different hostPorts',
      text: task('bridge', '{ "containerPort": 80, "hostPort": 8080 }', '{ "containerPort": 80, "hostPort": 8081 }'),
    },
    {
      name: 'bridge: same hostPort, tcp and udp',
      text: task('bridge', '{ "containerPort": 53, "hostPort": 53 }', '{ "containerPort": 53, "hostPort": 53, "protocol": "udp" }'),
    },
    {
      name: 'bridge: ranges get dynamic host ports',
      text: task('bridge', '{ "containerPortRange": "8000-8100" }', '{ "containerPortRange": "8000-8100" }'),
    },
    { name: 'awsvpc: different container ports', text: task('awsvpc', '{ "containerPort": 80 }', '{ "containerPort": 9901 }') },
    { name: 'awsvpc: port next to a range', text: task('awsvpc', '{ "containerPortRange": "8000-8100" }', '{ "containerPort": 8101 }') },
    { name: 'awsvpc: placeholder port', text: task('awsvpc', '{ "containerPort": 80 }', '{ "containerPort": "${PORT}" }') },
    {
      name: "awsvpc: hostPort mismatch is host-port-mismatch's",
      text: task('awsvpc', '{ "containerPort": 80 }', '{ "containerPort": 8080, "hostPort": 80 }'),
    },
    {
      name: 'bridge: placeholder hostPort',
      text: task('bridge', '{ "containerPort": 80, "hostPort": 80 }', '{ "containerPort": 81, "hostPort": ${HOST_PORT} }'),
    },
    { name: "none mode is port-mappings-in-none-mode's", text: task('none', '{ "containerPort": 80 }', '{ "containerPort": 80 }') },
    {
      name: 'unknown network mode',
      text: task('${MODE}', '{ "containerPort": 80, "hostPort": 80 }', '{ "containerPort": 80, "hostPort": 80 }'),
    },
    {
      name: "repeat within one container is overlapping-container-ports's",
      text: task('awsvpc', '{ "containerPort": 80 }, { "containerPort": 80 }', ''),
    },
    {
      name: 'not a task definition',
      text: '{ "networkMode": "awsvpc", "portMappings": [{ "containerPort": 80 }, { "containerPort": 80 }] }',
    },
  ],
  invalid: [
    {
      name: 'bridge: equal static hostPorts in two containers',
      text: task('bridge', '{ "containerPort": 80, "hostPort": 8080 }', '{ "containerPort": 3000, "hostPort": ⟦8080⟧ }'),
      problems: [{ message: 'hostPort 8080 binds tcp host port 8080, already bound by container "app" (hostPort 8080)' }],
      fixTitles: ['Make it dynamic (remove hostPort)'],
      fixes: {
        'Make it dynamic (remove hostPort)': task('bridge', '{ "containerPort": 80, "hostPort": 8080 }', '{ "containerPort": 3000 }'),
      },
    },
    {
      name: 'bridge: two container ports on one host port in one container',
      text: task(
        'bridge',
        '{ "containerPort": 80, "hostPort": 80, "protocol": "udp" }, { "containerPort": 81, "hostPort": ⟦80⟧, "protocol": "udp" }',
        '',
      ),
      problems: [{ message: 'udp host port 80, already bound by another port mapping of this container (hostPort 80)' }],
    },
    {
      name: 'awsvpc: same containerPort in two containers',
      text: task('awsvpc', '{ "containerPort": 9000, "hostPort": 9000 }', '{ "containerPort": ⟦9000⟧ }'),
      problems: [
        {
          message:
            'containerPort 9000 binds tcp host port 9000, already bound by container "app" (containerPort 9000). In awsvpc mode the container port is the task\'s port',
        },
      ],
      fixTitles: [],
    },
    {
      name: "awsvpc: port inside another container's range",
      text: task('awsvpc', '{ "containerPortRange": "8000-8100" }', '{ "containerPort": ⟦8080⟧ }'),
      problems: [{ message: 'already bound by container "app" (containerPortRange "8000-8100")' }],
    },
    {
      name: 'host mode: reported once on the later mapping, duplicates left to overlapping-container-ports',
      text: task('host', '{ "containerPort": 80 }', '{ "containerPort": ⟦80⟧, "hostPort": 80 }, { "containerPort": 80 }'),
      problems: [{ message: "In host mode the container port is the instance's port" }],
    },
  ],
});
