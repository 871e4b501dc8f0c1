import { ruleTester } from '../helpers/rule-tester';
import { container, fields, portMappingsBlock, taskJson } from '../helpers/task-json';

const td = (mappings: string) =>
  taskJson({
    family: '"dns"',
    top: fields('"networkMode": "awsvpc"'),
    containers: [container('"name": "dns"', '"image": "coredns"', portMappingsBlock(mappings))],
  });

ruleTester('service-connect-udp', {
  valid: [
    { name: 'named tcp', text: td('{ "containerPort": 53, "name": "dns-53-tcp", "protocol": "tcp" }') },
    { name: 'named, protocol omitted (tcp)', text: td('{ "containerPort": 53, "name": "dns-53-tcp" }') },
    { name: 'unnamed udp', text: td('{ "containerPort": 53, "protocol": "udp" }') },
    { name: 'placeholder name', text: td('{ "containerPort": 53, "name": "${N}", "protocol": "udp" }') },
    { name: 'empty name', text: td('{ "containerPort": 53, "name": "", "protocol": "udp" }') },
    { name: 'placeholder protocol', text: td('{ "containerPort": 53, "name": "dns", "protocol": "${P}" }') },
    { name: "upper-case UDP is invalid-enum-value's", text: td('{ "containerPort": 53, "name": "dns", "protocol": "UDP" }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 53, "name": "dns", "protocol": "udp" }] }' },
  ],
  invalid: [
    {
      name: 'named udp mapping',
      text: td('{ "containerPort": 53, "name": "dns-53-udp", "protocol": ⟦"udp"⟧ }'),
      problems: [
        { message: 'Port mapping name "dns-53-udp" uses protocol udp, but Service Connect supports only tcp', severity: 'warning' },
      ],
      fixTitles: ['Set protocol to tcp'],
      fixes: { 'Set protocol to tcp': td('{ "containerPort": 53, "name": "dns-53-udp", "protocol": "tcp" }') },
    },
    {
      name: 'multi-line with comments',
      text: td(`{
          "protocol": ⟦"udp"⟧, // was udp
          "containerPort": 53,
          "name": "dns"
        }`),
      problems: [{ message: 'name "dns" uses protocol udp' }],
      fixes: {
        'Set protocol to tcp': td(`{
          "protocol": "tcp", // was udp
          "containerPort": 53,
          "name": "dns"
        }`),
      },
    },
  ],
});
