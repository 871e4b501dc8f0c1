/**
 * A CloudFormation YAML template with a task definition, an ECS service, a target group behind an
 * ALB listener and security groups, for the cross-resource rule tests. Each part can be replaced
 * (texts may carry ⟦ ⟧ markers for ruleTester).
 */
export interface TemplateParts {
  networkMode?: string;
  requires?: string;
  taskSize?: string;
  portMappings?: string;
  containerName?: string;
  /** The service's Properties lines after TaskDefinition (indented 6). */
  service?: string;
  targetGroup?: string;
  serviceSgIngress?: string;
  extra?: string;
}

export const DEFAULT_SERVICE = `      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-1]
          SecurityGroups: [!Ref ServiceSG]
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TG`;

export const DEFAULT_INGRESS = `        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          SourceSecurityGroupId: !Ref LBSG`;

/** A bridge-mode EC2 service behind the target group (dynamic host ports). */
export const BRIDGE_LB = `      LaunchType: EC2
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TG`;

/** The template parts of an EC2 bridge task (no task size) run by `BRIDGE_LB`. */
export const BRIDGE: TemplateParts = { requires: 'EC2', taskSize: '', networkMode: 'bridge', service: BRIDGE_LB };

/** An instance target group's lines with this HealthCheckPort. */
export const healthCheckPort = (port: string) => `      TargetType: instance\n      HealthCheckPort: ${port}`;

/** The port mappings of one port 8080 named `http` (for Service Connect). */
export const NAMED_HTTP_PORT = '            - ContainerPort: 8080\n              Name: http';

export function template(p: TemplateParts = {}): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
${p.networkMode === '' ? '' : `      NetworkMode: ${p.networkMode ?? 'awsvpc'}\n`}${p.requires === '' ? '' : `      RequiresCompatibilities: [${p.requires ?? 'FARGATE'}]\n`}${
    p.taskSize ??
    `      Cpu: '256'
      Memory: '512'
`
  }      ContainerDefinitions:
        - Name: ${p.containerName ?? 'web'}
          Image: nginx
          PortMappings:
${p.portMappings ?? '            - ContainerPort: 8080'}
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref TaskDef
${p.service ?? DEFAULT_SERVICE}
  TG:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 8080
      Protocol: HTTP
      VpcId: vpc-1
${p.targetGroup ?? '      TargetType: ip'}
  LB:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-1]
      SecurityGroups: [!Ref LBSG]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref LB
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref TG
  LBSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: load balancer
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 80
          ToPort: 80
          CidrIp: 0.0.0.0/0
  ServiceSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: service
      SecurityGroupIngress:
${p.serviceSgIngress ?? DEFAULT_INGRESS}
${p.extra ?? ''}`;
}

export const YAML = { uri: 'file:///stack.yaml' };
