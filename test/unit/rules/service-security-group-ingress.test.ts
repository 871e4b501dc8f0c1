import { ruleTester } from '../helpers/rule-tester';
import { DEFAULT_SERVICE, YAML, template } from '../helpers/service-template';

const marked = DEFAULT_SERVICE.replace('SecurityGroups: [!Ref ServiceSG]', 'SecurityGroups: ⟦[!Ref ServiceSG]⟧');
const wrongPort = `        - IpProtocol: tcp
          FromPort: 80
          ToPort: 80
          SourceSecurityGroupId: !Ref LBSG`;
const added = `  ServiceSGFromLBSG8080:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId:
        Fn::GetAtt:
          - ServiceSG
          - GroupId
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      SourceSecurityGroupId:
        Fn::GetAtt:
          - LBSG
          - GroupId
`;

ruleTester('service-security-group-ingress', {
  valid: [
    { name: 'ingress from the load balancer group', text: template(), options: YAML },
    {
      name: 'a port range covering the port',
      text: template({ serviceSgIngress: wrongPort.replace('ToPort: 80', 'ToPort: 9000') }),
      options: YAML,
    },
    {
      name: 'all protocols',
      text: template({ serviceSgIngress: "        - IpProtocol: '-1'\n          SourceSecurityGroupId: !GetAtt LBSG.GroupId" }),
      options: YAML,
    },
    {
      name: 'a CIDR',
      text: template({
        serviceSgIngress: '        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          CidrIp: 10.0.0.0/16',
      }),
      options: YAML,
    },
    {
      name: 'a separate SecurityGroupIngress resource',
      text: template({
        serviceSgIngress: wrongPort,
        extra:
          '  Extra:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !Ref ServiceSG\n      IpProtocol: tcp\n      FromPort: 8080\n      ToPort: 8080\n      SourceSecurityGroupId: !Ref LBSG\n',
      }),
      options: YAML,
    },
    {
      name: 'an ingress resource for a group from another stack (it might be ours)',
      text: template({
        serviceSgIngress: wrongPort,
        extra:
          '  Extra:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !ImportValue Sg\n      IpProtocol: tcp\n      FromPort: 1\n      ToPort: 1\n      CidrIp: 1.2.3.4/32\n',
      }),
      options: YAML,
    },
    {
      name: 'service group exported to other stacks',
      text: template({ serviceSgIngress: wrongPort, extra: 'Outputs:\n  Sg:\n    Value: !Ref ServiceSG\n    Export:\n      Name: sg\n' }),
      options: YAML,
    },
    {
      name: 'source group is a parameter',
      text: template({ serviceSgIngress: wrongPort.replace(/: 80\n/g, ': 8080\n').replace('!Ref LBSG', '!Ref SourceSg') }),
      options: YAML,
    },
    {
      name: 'service groups from a parameter',
      text: template({ serviceSgIngress: wrongPort, service: DEFAULT_SERVICE.replace('[!Ref ServiceSG]', '!Ref Groups') }),
      options: YAML,
    },
    {
      name: 'bridge mode (groups are on the instances)',
      text: template({ serviceSgIngress: wrongPort, requires: 'EC2', networkMode: 'bridge', taskSize: '', targetGroup: '' }),
      options: YAML,
    },
  ],
  invalid: [
    {
      name: 'only port 80 is open',
      text: template({ serviceSgIngress: wrongPort, service: marked }),
      options: YAML,
      problems: [
        { message: 'No security group of service Service (ServiceSG) lets load balancer LB (security group LBSG) reach tcp port 8080' },
      ],
      fixes: { 'Add an ingress rule to ServiceSG: tcp 8080 from LBSG': template({ serviceSgIngress: wrongPort, extra: added }) },
    },
    {
      name: 'ingress from another group',
      text: template({
        serviceSgIngress: wrongPort.replace(/: 80\n/g, ': 8080\n').replace('!Ref LBSG', '!Ref OtherSG'),
        service: marked,
        extra: '  OtherSG:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: other\n',
      }),
      options: YAML,
      problems: [{ message: 'reach tcp port 8080' }],
    },
  ],
});
