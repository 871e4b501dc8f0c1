import { ruleTester } from '../helpers/rule-tester';
import { YAML, template } from '../helpers/service-template';

const svc = (launch: string) => `      LaunchType: ${launch}
      NetworkConfiguration: {}`;

ruleTester('fargate-service-incompatible-task', {
  valid: [
    { name: 'Fargate task', text: template({ service: svc('FARGATE') }), options: YAML },
    {
      name: 'EC2-only awsvpc task with cpu and memory (ECS finds it Fargate-compatible)',
      text: template({ requires: 'EC2', service: svc('FARGATE') }),
      options: YAML,
    },
    {
      name: 'EC2 launch type',
      text: template({ requires: 'EC2', networkMode: 'bridge', taskSize: '', service: '      LaunchType: EC2' }),
      options: YAML,
    },
    {
      name: 'launch type is a !Ref',
      text: template({ requires: 'EC2', networkMode: 'bridge', service: svc('!Ref Launch') }),
      options: YAML,
    },
    {
      name: 'compatibilities are a !Ref',
      text: template({ requires: '!Ref C', networkMode: 'bridge', service: svc('FARGATE') }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'bridge task, no size',
      text: template({ requires: 'EC2', networkMode: 'bridge', taskSize: '', service: svc('⟦FARGATE⟧') }),
      options: YAML,
      problems: [
        {
          message:
            'LaunchType FARGATE, but task definition TaskDef cannot run on Fargate: RequiresCompatibilities does not list FARGATE and it uses bridge mode, it has no task-level Cpu, it has no task-level Memory',
        },
      ],
    },
    {
      name: 'no compatibilities, awsvpc, no memory',
      text: template({ requires: '', taskSize: "      Cpu: '256'\n", service: svc('⟦FARGATE⟧') }),
      options: YAML,
      problems: [{ message: 'it has no task-level Memory' }],
    },
  ],
});
