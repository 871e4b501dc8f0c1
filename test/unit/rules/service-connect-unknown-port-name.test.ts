import { ruleTester } from '../helpers/rule-tester';
import { YAML, template } from '../helpers/service-template';

const sc = (portName: string, extra = '') => `      NetworkConfiguration: {}
      ServiceConnectConfiguration:
        Enabled: true${extra}
        Services:
          - PortName: ${portName}
            ClientAliases:
              - Port: 80`;
const named = '            - ContainerPort: 8080\n              Name: http';

ruleTester('service-connect-unknown-port-name', {
  valid: [
    { name: 'named port', text: template({ portMappings: named, service: sc('http') }), options: YAML },
    { name: 'portName is a !Ref', text: template({ portMappings: named, service: sc('!Ref PortName') }), options: YAML },
    { name: 'a port name is a !Ref', text: template({ portMappings: '            - ContainerPort: 8080\n              Name: !Ref N', service: sc('web') }), options: YAML },
    { name: 'Service Connect disabled', text: template({ portMappings: named, service: sc('web').replace('Enabled: true', 'Enabled: false') }), options: YAML },
  ],
  invalid: [
    {
      name: 'no such port name',
      text: template({ portMappings: named, service: sc('⟦web⟧') }),
      options: YAML,
      problems: [{ message: 'PortName "web" of service Service is not the name of any port mapping of task definition TaskDef (named ports: http)' }],
      fixes: { 'Set PortName to "http"': template({ portMappings: named, service: sc('http') }) },
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
