import { ruleTester } from '../helpers/rule-tester';
import { BRIDGE, healthCheckPort, template, YAML } from '../helpers/service-template';

ruleTester('target-group-health-check-dynamic-port', {
  valid: [
    { name: 'traffic-port', text: template({ ...BRIDGE, targetGroup: healthCheckPort('traffic-port') }), options: YAML },
    { name: 'no HealthCheckPort', text: template({ ...BRIDGE, targetGroup: '      TargetType: instance' }), options: YAML },
    {
      name: 'static host port',
      text: template({
        ...BRIDGE,
        portMappings: '            - ContainerPort: 8080\n              HostPort: 8080',
        targetGroup: healthCheckPort("'8080'"),
      }),
      options: YAML,
    },
    {
      name: 'host port is a !Ref',
      text: template({
        ...BRIDGE,
        portMappings: '            - ContainerPort: 8080\n              HostPort: !Ref P',
        targetGroup: healthCheckPort("'8080'"),
      }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'dynamic host port, fixed health check port',
      text: template({ ...BRIDGE, targetGroup: healthCheckPort("⟦'8080'⟧") }),
      options: YAML,
      problems: [
        {
          message:
            'Target group TG checks health on fixed port 8080, but container "web" port 8080 gets a dynamic host port in bridge mode: use traffic-port',
        },
      ],
      fixes: { 'Set HealthCheckPort to traffic-port': template({ ...BRIDGE, targetGroup: healthCheckPort("'traffic-port'") }) },
    },
    {
      name: 'HostPort 0',
      text: template({
        ...BRIDGE,
        portMappings: '            - ContainerPort: 8080\n              HostPort: 0',
        targetGroup: healthCheckPort('⟦8080⟧'),
      }),
      options: YAML,
      problems: [{ message: 'dynamic host port' }],
    },
  ],
});
