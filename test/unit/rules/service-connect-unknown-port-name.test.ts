import { ruleTester } from '../helpers/rule-tester';
import { NAMED_HTTP_PORT, template, YAML } from '../helpers/service-template';

const sc = (portName: string, extra = '') => `      NetworkConfiguration: {}
      ServiceConnectConfiguration:
        Enabled: true${extra}
        Services:
          - PortName: ${portName}
            ClientAliases:
              - Port: 80`;

ruleTester('service-connect-unknown-port-name', {
  valid: [
    { name: 'named port', text: template({ portMappings: NAMED_HTTP_PORT, service: sc('http') }), options: YAML },
    { name: 'portName is a !Ref', text: template({ portMappings: NAMED_HTTP_PORT, service: sc('!Ref PortName') }), options: YAML },
    {
      name: 'a port name is a !Ref',
      text: template({ portMappings: '            - ContainerPort: 8080\n              Name: !Ref N', service: sc('web') }),
      options: YAML,
    },
    {
      name: 'Service Connect disabled',
      text: template({ portMappings: NAMED_HTTP_PORT, service: sc('web').replace('Enabled: true', 'Enabled: false') }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'no such port name',
      text: template({ portMappings: NAMED_HTTP_PORT, service: sc('⟦web⟧') }),
      options: YAML,
      problems: [
        { message: 'PortName "web" of service Service is not the name of any port mapping of task definition TaskDef (named ports: http)' },
      ],
      fixes: { 'Set PortName to "http"': template({ portMappings: NAMED_HTTP_PORT, service: sc('http') }) },
    },
    {
      name: 'the task names no ports',
      text: template({ service: sc('⟦web⟧') }),
      options: YAML,
      problems: [{ message: 'it names no port mappings' }],
      fixTitles: [],
    },
  ],
});
