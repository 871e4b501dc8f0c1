import { ruleTester } from '../helpers/rule-tester';
import { BRIDGE, template, YAML } from '../helpers/service-template';

ruleTester('target-group-target-type', {
  valid: [
    { name: 'awsvpc and ip', text: template(), options: YAML },
    { name: 'bridge and instance (default)', text: template({ ...BRIDGE, targetGroup: '' }), options: YAML },
    { name: 'TargetType is a !Ref', text: template({ targetGroup: '      TargetType: !Ref Type' }), options: YAML },
    {
      name: 'target group from another stack',
      text: template().replace('TargetGroupArn: !Ref TG', 'TargetGroupArn: !ImportValue TG'),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'awsvpc and instance',
      text: template({ targetGroup: '      TargetType: ⟦instance⟧' }),
      options: YAML,
      problems: [
        {
          message:
            'Target group TG has TargetType instance, but service Service runs task definition TaskDef in awsvpc mode, which needs TargetType ip',
        },
      ],
      fixes: { 'Set TargetType to ip': template() },
    },
    {
      name: 'awsvpc and no TargetType',
      text: template({ targetGroup: '' }).replace('  TG:\n', '  ⟦TG⟧:\n'),
      options: YAML,
      problems: [{ message: 'Target group TG has no TargetType (instance)' }],
      fixes: {
        'Set TargetType to ip': template({ targetGroup: '' }).replace('      VpcId: vpc-1\n', '      VpcId: vpc-1\n      TargetType: ip\n'),
      },
    },
    {
      name: 'bridge and ip',
      text: template({ ...BRIDGE, targetGroup: '      TargetType: ⟦ip⟧' }),
      options: YAML,
      problems: [{ message: 'in bridge mode, which needs TargetType instance' }],
      fixes: { 'Set TargetType to instance': template({ ...BRIDGE, targetGroup: '      TargetType: instance' }) },
    },
  ],
});
