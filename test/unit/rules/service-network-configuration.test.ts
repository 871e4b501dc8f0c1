import { ruleTester } from '../helpers/rule-tester';
import { YAML, template } from '../helpers/service-template';

const lb = `      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TG`;
const ec2 = { requires: 'EC2', taskSize: '' };

ruleTester('service-network-configuration', {
  valid: [
    { name: 'awsvpc with NetworkConfiguration', text: template(), options: YAML },
    {
      name: 'bridge without NetworkConfiguration',
      text: template({ ...ec2, networkMode: 'bridge', service: lb, targetGroup: '' }),
      options: YAML,
    },
    {
      name: 'bridge with a NetworkConfiguration behind !If',
      text: template({
        ...ec2,
        networkMode: 'bridge',
        service: `      NetworkConfiguration: !If [UseVpc, { AwsvpcConfiguration: { Subnets: [s] } }, !Ref AWS::NoValue]\n${lb}`,
        targetGroup: '',
      }),
      options: YAML,
    },
    { name: 'network mode is a !Ref', text: template({ ...ec2, networkMode: '!Ref Mode', service: lb }), options: YAML },
    {
      name: 'task from another stack',
      text: template({ service: lb }).replace('TaskDefinition: !Ref TaskDef', 'TaskDefinition: arn:aws:ecs:task-definition/web:1'),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'awsvpc without NetworkConfiguration',
      text: template({ service: lb }).replace('  Service:\n', '  ⟦Service⟧:\n'),
      options: YAML,
      problems: [{ message: 'Service Service runs task definition TaskDef in awsvpc mode but has no NetworkConfiguration' }],
    },
    {
      name: 'bridge with NetworkConfiguration',
      text: template({
        ...ec2,
        networkMode: 'bridge',
        service: `      ⟦NetworkConfiguration⟧:\n        AwsvpcConfiguration:\n          Subnets: [subnet-1]\n${lb}`,
        targetGroup: '',
      }),
      options: YAML,
      problems: [{ message: 'Task definition TaskDef uses bridge mode, where NetworkConfiguration is not allowed' }],
      fixes: { 'Remove NetworkConfiguration': template({ ...ec2, networkMode: 'bridge', service: lb, targetGroup: '' }) },
    },
    {
      name: 'implicit bridge (no NetworkMode) with NetworkConfiguration',
      text: template({
        ...ec2,
        networkMode: '',
        service: `      ⟦NetworkConfiguration⟧:\n        AwsvpcConfiguration:\n          Subnets: [subnet-1]\n${lb}`,
        targetGroup: '',
      }),
      options: YAML,
      problems: [{ message: 'uses bridge mode' }],
    },
  ],
});
