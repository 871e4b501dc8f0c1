import { ruleTester } from '../helpers/rule-tester';
import { container, fields, portMappingsBlock, taskJson, WEB } from '../helpers/task-json';

const task = (mappings: string, mode = 'bridge') =>
  taskJson({ top: fields(`"networkMode": "${mode}"`), containers: [container(...WEB, '"memory": 512', portMappingsBlock(mappings))] });

const cfn = (mappings: string) => `Resources:
  TD:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx
          Memory: 256
          PortMappings:
${mappings}
`;

ruleTester('overlapping-container-ports', {
  valid: [
    { name: 'different ports', text: task('{ "containerPort": 80 },\n        { "containerPort": 443 }') },
    {
      name: 'same port, tcp and udp',
      text: task('{ "containerPort": 53, "protocol": "tcp" },\n        { "containerPort": 53, "protocol": "udp" }'),
    },
    { name: 'adjacent ranges', text: task('{ "containerPortRange": "8000-8099" },\n        { "containerPortRange": "8100-8199" }') },
    {
      name: 'port inside a udp range',
      text: task('{ "containerPortRange": "8000-8100", "protocol": "udp" },\n        { "containerPort": 8050 }'),
    },
    {
      name: "same port in two containers (host-port-conflict's)",
      text: `{"family": "x", "networkMode": "awsvpc", "containerDefinitions": [
  {"name": "a", "image": "a", "portMappings": [{"containerPort": 80}]},
  {"name": "b", "image": "b", "portMappings": [{"containerPort": 80}]}]}`,
    },
    { name: 'placeholder port', text: task('{ "containerPort": 80 },\n        { "containerPort": "${PORT}" }') },
    { name: 'unknown protocol', text: task('{ "containerPort": 80 },\n        { "containerPort": 80, "protocol": "${PROTO}" }') },
    { name: 'invalid range', text: task('{ "containerPortRange": "8100-8000" },\n        { "containerPort": 8050 }') },
    { name: "string port is invalid-type's", text: task('{ "containerPort": 80 },\n        { "containerPort": "80" }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 80 }, { "containerPort": 80 }] }' },
  ],
  invalid: [
    {
      name: 'exact duplicate (protocol tcp spelled out on one)',
      text: task('{ "containerPort": 80, "hostPort": 0 },\n        { "hostPort": 0, "containerPort": ⟦80⟧, "protocol": "tcp" }'),
      problems: [
        {
          message:
            'containerPort 80 (tcp) is already mapped by an earlier port mapping of container "web". The two mappings are identical.',
        },
      ],
      fixes: { 'Remove the later duplicate mapping': task('{ "containerPort": 80, "hostPort": 0 }') },
    },
    {
      name: 'same containerPort, different hostPort',
      text: task(
        '{ "containerPort": 80, "hostPort": 8080 },\n        { "containerPort": ⟦80⟧, "hostPort": 8081 },\n        { "containerPort": 443 }',
      ),
      problems: [{ message: 'containerPort 80 (tcp) is already mapped' }],
      fixes: { 'Remove the later duplicate mapping': task('{ "containerPort": 80, "hostPort": 8080 },\n        { "containerPort": 443 }') },
    },
    {
      name: 'port inside an earlier range',
      text: task('{ "containerPortRange": "8000-8100" },\n        { "containerPort": ⟦8050⟧ }', 'awsvpc'),
      problems: [{ message: 'containerPort 8050 (tcp) falls inside containerPortRange "8000-8100"' }],
    },
    {
      name: 'range including an earlier port',
      text: task(
        '{ "containerPort": 8050, "protocol": "udp" },\n        { "containerPortRange": ⟦"8000-8100"⟧, "protocol": "udp" }',
        'awsvpc',
      ),
      problems: [{ message: 'containerPortRange "8000-8100" (udp) includes containerPort 8050' }],
    },
    {
      name: 'overlapping ranges, one diagnostic per later mapping',
      text: task(
        '{ "containerPortRange": "8000-8100" },\n        { "containerPortRange": ⟦"8050-8200"⟧ },\n        { "containerPortRange": ⟦"8090-8095"⟧ },\n        { "containerPortRange": ⟦"8200-8300"⟧ }',
        'awsvpc',
      ),
      problems: [
        { message: 'overlaps containerPortRange "8000-8100" of an earlier port mapping of container "web" (ports 8050–8100)' },
        { message: 'containerPortRange "8090-8095" (tcp) overlaps containerPortRange "8000-8100"' },
        { message: 'overlaps containerPortRange "8050-8200" of an earlier port mapping of container "web" (port 8200)' },
      ],
      fixTitles: ['Remove the later duplicate mapping'],
    },
    {
      name: 'CloudFormation YAML duplicate',
      text: cfn('            - ContainerPort: 8080\n            - ContainerPort: ⟦8080⟧ # again\n            - ContainerPort: 9090'),
      options: { uri: 'template.yaml' },
      problems: [{ message: 'ContainerPort 8080 (tcp) is already mapped' }],
      fixes: { 'Remove the later duplicate mapping': cfn('            - ContainerPort: 8080\n            - ContainerPort: 9090') },
    },
  ],
});
