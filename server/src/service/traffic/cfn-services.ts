/** The `AWS::ECS::Service` resources of a CloudFormation template, linked to what they reference in it. */
import type { AnalyzedDocument } from '../model/document';
import { type ObjectNode, asArray, asObject } from '../model/nodes';
import { type ServiceModel, keyAccess, readTarget } from './model';
import { SERVICE_TYPE, type TemplateGraph } from './template';

export function cloudFormationServices(doc: AnalyzedDocument, graph: TemplateGraph): ServiceModel[] {
  const services: ServiceModel[] = [];
  for (const res of graph.ofType(SERVICE_TYPE)) {
    const props = res.properties;
    if (!props) continue;
    const access = keyAccess('cloudformation');
    const taskProp = access.prop(props, 'taskDefinition');
    const ref = graph.reference(taskProp?.value);
    const task = ref ? doc.tasks.find((t) => t.resourceName === ref.id) : undefined;
    const network = asObject(access.get(props, 'networkConfiguration'));
    const service: ServiceModel = {
      kind: 'cloudformation',
      name: res.id,
      node: props,
      anchor: { offset: res.keyProp.keyOffset, length: res.keyProp.keyLength },
      taskProp,
      task,
      taskLabel: ref?.id,
      taskIsLocal: true,
      targets: [],
      serviceConnect: asObject(access.get(props, 'serviceConnectConfiguration')),
      networkConfigurationProp: access.prop(props, 'networkConfiguration'),
      launchTypeProp: access.prop(props, 'launchType'),
      securityGroupsProp: access.prop(asObject(access.get(network, 'awsvpcConfiguration')), 'securityGroups'),
      ...access,
    };
    for (const item of asArray(access.get(props, 'loadBalancers'))?.items ?? []) {
      const obj = asObject(item);
      if (!obj) continue;
      const target = readTarget(service, 'loadBalancer', obj);
      target.targetGroup = graph.targetGroup(access.get(obj, 'targetGroupArn'));
      service.targets.push(target);
    }
    for (const item of asArray(access.get(props, 'serviceRegistries'))?.items ?? []) {
      const obj: ObjectNode | undefined = asObject(item);
      if (obj) service.targets.push(readTarget(service, 'registry', obj));
    }
    services.push(service);
  }
  return services;
}
