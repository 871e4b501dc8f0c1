/** The AWS pages hovers link to (API reference first; the CloudFormation twin for templates). */

export const AWS_URL = {
  portMapping: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  portMappings:
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-portMappings',
  networkMode:
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html#ECS-RegisterTaskDefinition-request-networkMode',
  taskNetworking: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
  requiresCompatibilities:
    'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html#ECS-RegisterTaskDefinition-request-requiresCompatibilities',
  serviceConnect: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html',
  cfnTaskDefinition: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html',
  cfnPortMapping: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-portmapping.html',
  cfnContainerDefinition:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html',
} as const;

export interface Link {
  title: string;
  url: string;
}

export function linkLine(links: Link[]): string {
  return links.map((l) => `[${l.title}](${l.url})`).join(' · ');
}
