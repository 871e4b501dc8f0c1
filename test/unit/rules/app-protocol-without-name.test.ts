import { ruleTester } from '../helpers/rule-tester';
import { container, fields, portMappingsBlock, taskJson } from '../helpers/task-json';

const td = (mappings: string, name = 'web') =>
  taskJson({
    top: fields('"networkMode": "awsvpc"'),
    containers: [container(`"name": "${name}"`, '"image": "nginx"', portMappingsBlock(mappings))],
  });

ruleTester('app-protocol-without-name', {
  valid: [
    { name: 'named', text: td('{ "containerPort": 80, "name": "web-80-tcp", "appProtocol": "http" }') },
    { name: 'no appProtocol', text: td('{ "containerPort": 80 }') },
    { name: "empty appProtocol is invalid-enum-value's", text: td('{ "containerPort": 80, "appProtocol": "" }') },
    { name: 'placeholder appProtocol', text: td('{ "containerPort": 80, "appProtocol": "${AP}" }') },
    { name: 'null appProtocol', text: td('{ "containerPort": 80, "appProtocol": null }') },
    { name: "null name counts as present (invalid-type's)", text: td('{ "containerPort": 80, "appProtocol": "http", "name": null }') },
    { name: 'placeholder name', text: td('{ "containerPort": 80, "appProtocol": "http", "name": "${N}" }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 80, "appProtocol": "http" }] }' },
  ],
  invalid: [
    {
      name: 'console-style name inserted after appProtocol',
      text: td('{ "containerPort": 8080, "protocol": "tcp", "appProtocol": ⟦"http"⟧, "hostPort": 8080 }'),
      problems: [{ message: 'appProtocol "http" has no effect on a port mapping without a name', severity: 'warning' }],
      fixTitles: ['Add name "web-8080-tcp"'],
      fixes: {
        'Add name "web-8080-tcp"': td(
          '{ "containerPort": 8080, "protocol": "tcp", "appProtocol": "http", "name": "web-8080-tcp", "hostPort": 8080 }',
        ),
      },
    },
    {
      name: 'multi-line mapping, protocol omitted, container name needs cleaning',
      text: td(
        `{
          "containerPort": 50051,
          "appProtocol": ⟦"grpc"⟧
        }`,
        'Api_Server',
      ),
      problems: [{ message: 'appProtocol "grpc"' }],
      fixes: {
        'Add name "api_server-50051-tcp"': td(
          `{
          "containerPort": 50051,
          "appProtocol": "grpc",
          "name": "api_server-50051-tcp"
        }`,
          'Api_Server',
        ),
      },
    },
    {
      name: 'derived name already taken: suffix',
      text: td(
        '{ "containerPort": 80, "name": "web-80-tcp" }, { "containerPort": 80, "protocol": "udp" }, { "containerPort": 80, "appProtocol": ⟦"http2"⟧ }',
      ),
      problems: [{ message: 'appProtocol "http2"' }],
      fixes: {
        'Add name "web-80-tcp-2"': td(
          '{ "containerPort": 80, "name": "web-80-tcp" }, { "containerPort": 80, "protocol": "udp" }, { "containerPort": 80, "appProtocol": "http2", "name": "web-80-tcp-2" }',
        ),
      },
    },
    {
      name: 'long container name is shortened to keep 64 characters',
      text: td('{ "containerPort": 8080, "appProtocol": ⟦"http"⟧ }', 'c'.repeat(100)),
      problems: [{ message: 'appProtocol "http"' }],
      fixes: {
        [`Add name "${'c'.repeat(55)}-8080-tcp"`]: td(
          `{ "containerPort": 8080, "appProtocol": "http", "name": "${'c'.repeat(55)}-8080-tcp" }`,
          'c'.repeat(100),
        ),
      },
    },
    {
      name: 'port range',
      text: td('{ "containerPortRange": "7000-7010", "appProtocol": ⟦"http"⟧ }'),
      problems: [{ message: 'appProtocol "http"' }],
      fixes: {
        'Add name "web-7000-7010-tcp"': td('{ "containerPortRange": "7000-7010", "appProtocol": "http", "name": "web-7000-7010-tcp" }'),
      },
    },
    {
      name: 'unknown port: reported, no fix',
      text: td('{ "containerPort": "${PORT}", "appProtocol": ⟦"http"⟧ }'),
      problems: [{ message: 'appProtocol "http"' }],
      fixTitles: [],
    },
    {
      name: 'CloudFormation spelling',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "web", "Image": "b", "PortMappings": [{"ContainerPort": 80, "AppProtocol": ⟦"http"⟧}]}]}}}}`,
      problems: [{ message: 'AppProtocol "http" has no effect on a port mapping without a Name' }],
      fixes: {
        'Add Name "web-80-tcp"': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "web", "Image": "b", "PortMappings": [{"ContainerPort": 80, "AppProtocol": "http", "Name": "web-80-tcp"}]}]}}}}`,
      },
    },
  ],
});
