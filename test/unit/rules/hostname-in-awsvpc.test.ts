import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson } from '../helpers/task-json';

const task = (mode: string, hostname: string) =>
  taskJson({
    top: fields(`"networkMode": ${mode}`),
    containers: [container('"name": "app"', '"image": "app"', `${hostname}\n      "essential": true`)],
  });

ruleTester('hostname-in-awsvpc', {
  valid: [
    { name: 'bridge may set hostname', text: task('"bridge"', '"hostname": "app",') },
    { name: 'host mode', text: task('"host"', '"hostname": "app",') },
    { name: 'awsvpc without hostname', text: task('"awsvpc"', '') },
    { name: 'null hostname', text: task('"awsvpc"', '"hostname": null,') },
    { name: 'empty hostname', text: task('"awsvpc"', '"hostname": "",') },
    { name: 'placeholder hostname', text: task('"awsvpc"', '"hostname": "${HOSTNAME}",') },
    { name: 'placeholder mode', text: task('"{{ mode }}"', '"hostname": "app",') },
    {
      name: 'Fargate unknown (placeholder compatibilities) with bridge',
      text: task('"bridge"', '"hostname": "app",').replace('"family": "web",', '"family": "web",\n  "requiresCompatibilities": ["${LT}"],'),
    },
    { name: 'not a task definition', text: '{ "networkMode": "awsvpc", "hostname": "x" }' },
  ],
  invalid: [
    {
      name: 'awsvpc hostname',
      text: task('"awsvpc"', '⟦"hostname"⟧: "app", // legacy'),
      problems: [{ message: 'hostname "app" on container "app" is not supported in awsvpc mode' }],
      fixTitles: ['Remove hostname'],
      fixes: { 'Remove hostname': task('"awsvpc"', '').replace('\n      \n', '\n') },
    },
    {
      name: 'Fargate task with networkMode missing',
      text: task('"awsvpc"', '⟦"hostname"⟧: "app",').replace('\n  "networkMode": "awsvpc",', '\n  "requiresCompatibilities": ["FARGATE"],'),
      problems: [{ message: 'is not supported in awsvpc mode, which every Fargate task uses' }],
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "a", "Image": "b", ⟦"Hostname"⟧: "a"}]}}}}`,
      problems: [{ message: 'Hostname "a"' }],
      fixes: {
        'Remove Hostname': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      },
    },
  ],
});
