import { ruleTester } from '../helpers/rule-tester';
import { NAMED_HTTP_PORT, template, YAML } from '../helpers/service-template';

const sc = (port: string) => `      NetworkConfiguration: {}
      ServiceConnectConfiguration:
        Enabled: true
        Services:
          - PortName: http
            ClientAliases:
              - Port: ${port}
                DnsName: web`;

ruleTester('service-connect-client-alias-port', {
  valid: [
    { name: 'port 80', text: template({ portMappings: NAMED_HTTP_PORT, service: sc('80') }), options: YAML },
    { name: 'port 65535', text: template({ portMappings: NAMED_HTTP_PORT, service: sc('65535') }), options: YAML },
    { name: 'a !Ref', text: template({ portMappings: NAMED_HTTP_PORT, service: sc('!Ref Port') }), options: YAML },
  ],
  invalid: [
    {
      name: 'port 0',
      text: template({ portMappings: NAMED_HTTP_PORT, service: sc('⟦0⟧') }),
      options: YAML,
      problems: [{ message: 'Client alias Port 0 of service Service is not a port' }],
    },
    {
      name: 'port 70000',
      text: template({ portMappings: NAMED_HTTP_PORT, service: sc('⟦70000⟧') }),
      options: YAML,
      problems: [{ message: 'Port 70000' }],
    },
    {
      name: 'fraction',
      text: template({ portMappings: NAMED_HTTP_PORT, service: sc('⟦80.5⟧') }),
      options: YAML,
      problems: [{ message: 'Port 80.5' }],
    },
  ],
});
