import { ruleTester } from '../helpers/rule-tester';
import { YAML, template } from '../helpers/service-template';

const reg = (entry: string) => `      ServiceRegistries:
        - ${entry}`;
const bridge = { requires: 'EC2', taskSize: '', networkMode: 'bridge', targetGroup: '' };
const fixed = `RegistryArn: arn:aws:servicediscovery:x
          ContainerName: web
          ContainerPort: 8080`;

ruleTester('service-registry-needs-container-port', {
  valid: [
    { name: 'bridge with container name and port', text: template({ ...bridge, service: reg(fixed) }), options: YAML },
    {
      name: 'awsvpc without them',
      text: template({ service: '      NetworkConfiguration: {}\n' + reg('RegistryArn: arn:aws:servicediscovery:x') }),
      options: YAML,
    },
    { name: 'entry with a !Ref', text: template({ ...bridge, service: reg('RegistryArn: !GetAtt Discovery.Arn') }), options: YAML },
  ],
  invalid: [
    {
      name: 'bridge, neither',
      text: template({ ...bridge, service: reg('⟦RegistryArn⟧: arn:aws:servicediscovery:x') }),
      options: YAML,
      problems: [
        {
          message:
            'Task definition TaskDef uses bridge mode, so this service registry entry of service Service must name ContainerName and ContainerPort',
        },
      ],
      fixes: { 'Add ContainerName "web" and ContainerPort 8080': template({ ...bridge, service: reg(fixed) }) },
    },
    {
      name: 'host, port missing',
      text: template({
        ...bridge,
        networkMode: 'host',
        service: reg('⟦RegistryArn⟧: arn:aws:servicediscovery:x\n          ContainerName: web'),
      }),
      options: YAML,
      problems: [{ message: 'uses host mode, so this service registry entry of service Service must name ContainerPort' }],
      fixTitles: [],
    },
  ],
});
