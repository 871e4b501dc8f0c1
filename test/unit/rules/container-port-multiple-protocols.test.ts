import { ruleTester } from '../helpers/rule-tester';
import { container, fields, taskJson } from '../helpers/task-json';

const task = (mappings: string) =>
  taskJson({
    family: '"dns"',
    top: fields('"networkMode": "awsvpc"'),
    containers: [container('"name": "coredns"', '"image": "coredns/coredns"', `"portMappings": [${mappings}]`)],
  });

ruleTester('container-port-multiple-protocols', {
  valid: [
    { name: 'one protocol', text: task('{ "containerPort": 53, "protocol": "udp" }') },
    { name: 'different ports', text: task('{ "containerPort": 53, "protocol": "udp" }, { "containerPort": 54 }') },
    {
      name: "same protocol twice is overlapping-container-ports's",
      text: task('{ "containerPort": 53 }, { "containerPort": 53, "protocol": "tcp" }'),
    },
    { name: 'unknown protocol', text: task('{ "containerPort": 53 }, { "containerPort": 53, "protocol": "{{ proto }}" }') },
    { name: 'placeholder port', text: task('{ "containerPort": 53 }, { "containerPort": "${PORT}", "protocol": "udp" }') },
    {
      name: 'two containers',
      text: `{"family": "x", "networkMode": "bridge", "containerDefinitions": [
  {"name": "a", "image": "a", "memory": 64, "portMappings": [{"containerPort": 53}]},
  {"name": "b", "image": "b", "memory": 64, "portMappings": [{"containerPort": 53, "protocol": "udp"}]}]}`,
    },
    { name: 'ranges are not compared', text: task('{ "containerPortRange": "50-60" }, { "containerPort": 53, "protocol": "udp" }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 53 }, { "containerPort": 53, "protocol": "udp" }] }' },
  ],
  invalid: [
    {
      name: 'tcp then udp',
      text: task('{ "containerPort": 53 }, { "containerPort": ⟦53⟧, "protocol": "udp" }'),
      problems: [{ message: 'containerPort 53 of container "coredns" is mapped for udp here and for tcp in an earlier mapping' }],
    },
    {
      name: 'udp, udp, tcp: reported once, on the tcp one',
      text: task(
        '{ "containerPort": 2000, "protocol": "udp" }, { "containerPort": 2000, "protocol": "udp" }, { "protocol": "tcp", "containerPort": ⟦2000⟧ }',
      ),
      problems: [{ message: 'Container port 2000 is used in more than one port mapping' }],
    },
  ],
});
