import { ruleTester } from '../helpers/rule-tester';
import { YAML, template } from '../helpers/service-template';

const bridgeLb = `      LaunchType: EC2
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TG`;
const bridge = { requires: 'EC2', taskSize: '', networkMode: 'bridge', service: bridgeLb };
const tg = (port: string) => `      TargetType: instance\n      HealthCheckPort: ${port}`;

ruleTester('target-group-health-check-dynamic-port', {
  valid: [
    { name: 'traffic-port', text: template({ ...bridge, targetGroup: tg('traffic-port') }), options: YAML },
    { name: 'no HealthCheckPort', text: template({ ...bridge, targetGroup: '      TargetType: instance' }), options: YAML },
    { name: 'static host port', text: template({ ...bridge, portMappings: '            - ContainerPort: 8080\n              HostPort: 8080', targetGroup: tg("'8080'") }), options: YAML },
    { name: 'host port is a !Ref', text: template({ ...bridge, portMappings: '            - ContainerPort: 8080\n              HostPort: !Ref P', targetGroup: tg("'8080'") }), options: YAML },
  ],
  invalid: [
    {
      name: 'dynamic host port, fixed health check port',
      text: template({ ...bridge, targetGroup: tg("⟦'8080'⟧") }),
      options: YAML,
      problems: [{ message: 'Target group TG checks health on fixed port 8080, but container "web" port 8080 gets a dynamic host port in bridge mode: use traffic-port' }],
      fixes: { 'Set HealthCheckPort to traffic-port': template({ ...bridge, targetGroup: tg("'traffic-port'") }) },
    },
    {
      name: 'HostPort 0',
      text: template({ ...bridge, portMappings: '            - ContainerPort: 8080\n              HostPort: 0', targetGroup: tg('⟦8080⟧') }),
      options: YAML,
      problems: [{ message: 'dynamic host port' }],
    },
  ],
});
