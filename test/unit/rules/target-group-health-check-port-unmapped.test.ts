import { ruleTester } from '../helpers/rule-tester';
import { BRIDGE, healthCheckPort, template, YAML } from '../helpers/service-template';

const staticPorts =
  '            - ContainerPort: 8080\n              HostPort: 80\n            - ContainerPort: 9090\n              HostPort: 9090';
const bridge = { ...BRIDGE, portMappings: staticPorts };

ruleTester('target-group-health-check-port-unmapped', {
  valid: [
    { name: 'published management port', text: template({ ...bridge, targetGroup: healthCheckPort("'9090'") }), options: YAML },
    { name: 'traffic-port', text: template({ ...bridge, targetGroup: healthCheckPort('traffic-port') }), options: YAML },
    {
      name: 'awsvpc: any port the container listens on is reachable',
      text: template({ targetGroup: '      TargetType: ip\n      HealthCheckPort: 9999' }),
      options: YAML,
    },
    {
      name: 'a host port is a !Ref',
      text: template({
        ...bridge,
        portMappings: staticPorts.replace('HostPort: 9090', 'HostPort: !Ref P'),
        targetGroup: healthCheckPort("'7000'"),
      }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'health check port nothing publishes',
      text: template({ ...bridge, targetGroup: healthCheckPort("⟦'7000'⟧") }),
      options: YAML,
      problems: [
        {
          message:
            'Target group TG checks health on port 7000, but task definition TaskDef (bridge mode) publishes no host port 7000 (it publishes 80, 9090)',
        },
      ],
      fixes: { 'Set HealthCheckPort to traffic-port': template({ ...bridge, targetGroup: healthCheckPort("'traffic-port'") }) },
    },
  ],
});
