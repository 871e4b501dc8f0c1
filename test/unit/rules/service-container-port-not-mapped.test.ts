import { ruleTester } from '../helpers/rule-tester';
import { DEFAULT_SERVICE, YAML, template } from '../helpers/service-template';

const svc = (name: string, port: string) =>
  DEFAULT_SERVICE.replace('ContainerName: web', `ContainerName: ${name}`).replace('ContainerPort: 8080', `ContainerPort: ${port}`);
const json = (port: string) =>
  JSON.stringify(
    {
      Resources: {
        Task: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            NetworkMode: 'awsvpc',
            ContainerDefinitions: [{ Name: 'app', Image: 'nginx', PortMappings: [{ ContainerPort: 3000 }] }],
          },
        },
        Svc: {
          Type: 'AWS::ECS::Service',
          Properties: {
            TaskDefinition: { Ref: 'Task' },
            NetworkConfiguration: {},
            LoadBalancers: [{ ContainerName: 'app', ContainerPort: 'PORT', TargetGroupArn: 'arn:tg' }],
          },
        },
      },
    },
    null,
    2,
  ).replace('"PORT"', port);

ruleTester('service-container-port-not-mapped', {
  valid: [
    { name: 'mapped port', text: template(), options: YAML },
    {
      name: 'port inside a containerPortRange',
      text: template({ portMappings: "            - ContainerPortRange: '8000-8100'" }),
      options: YAML,
    },
    { name: 'container port is a !Ref', text: template({ portMappings: '            - ContainerPort: !Ref Port' }), options: YAML },
    { name: 'service port is a !Ref', text: template({ service: svc('web', '!Ref Port') }), options: YAML },
    { name: 'container name is a !Ref', text: template({ service: svc('!Ref Name', '80') }), options: YAML },
    {
      name: 'task definition from another stack',
      text: template({ service: DEFAULT_SERVICE.replace('ContainerPort: 8080', 'ContainerPort: 80') }).replace(
        'TaskDefinition: !Ref TaskDef',
        'TaskDefinition: !ImportValue Task',
      ),
      options: YAML,
    },
    { name: 'JSON, mapped', text: json('3000') },
    {
      name: 'a container name that is a !Ref in the task',
      text: template({ containerName: '!Ref Name', service: svc('api', '8080') }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'unmapped port, one mapping',
      text: template({ service: svc('web', '⟦80⟧') }),
      options: YAML,
      problems: [
        { message: 'sends traffic to ContainerPort 80 of container "web", but no port mapping of that container has it (it maps 8080)' },
      ],
      fixTitles: ['Set ContainerPort to 8080'],
      fixes: { 'Set ContainerPort to 8080': template() },
    },
    {
      name: 'a container with many mappings: the list in the message is capped',
      text: template({
        portMappings: Array.from({ length: 25 }, (_, i) => `            - ContainerPort: ${9000 + i}`).join('\n'),
        service: svc('web', '⟦80⟧'),
      }),
      options: YAML,
      problems: [
        {
          message:
            'but no port mapping of that container has it (it maps 9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009, … and 15 more)',
        },
      ],
      fixTitles: [
        'Set ContainerPort to 9000',
        'Set ContainerPort to 9001',
        'Set ContainerPort to 9002',
        'Set ContainerPort to 9003',
        'Set ContainerPort to 9004',
      ],
    },
    {
      name: 'unknown container name',
      text: template({ service: svc('⟦api⟧', '8080') }),
      options: YAML,
      problems: [{ message: 'ContainerName "api" is not a container of task definition TaskDef (its containers: web)' }],
      fixes: { 'Set ContainerName to "web"': template() },
    },
    {
      name: 'JSON template',
      text: json('⟦80⟧'),
      problems: [{ message: 'no port mapping of that container has it (it maps 3000)' }],
      fixes: { 'Set ContainerPort to 3000': json('3000') },
    },
    {
      name: 'service registry with a port the container does not map',
      text: template({
        service: `      NetworkConfiguration: {}
      ServiceRegistries:
        - RegistryArn: arn:aws:servicediscovery:x
          ContainerName: web
          ContainerPort: ⟦9090⟧`,
      }),
      options: YAML,
      problems: [{ message: 'The service registry of service Service sends traffic to ContainerPort 9090' }],
    },
  ],
});
