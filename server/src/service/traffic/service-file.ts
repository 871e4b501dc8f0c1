/**
 * Service definitions in files of their own, checked against the task definition file next to them:
 * `aws ecs create-service --cli-input-json` input (also ecspresso's `ecs-service-def.json`) and
 * CodeDeploy AppSpec files (`LoadBalancerInfo`). The host reads the other files of the folder and
 * passes their texts in (`related`); the core stays pure.
 */
import { type AnalyzedDocument, analyzeDocument } from '../model/document';
import { type ObjectNode, type PropertyNode, asArray, asObject, get, getProperty, stringValue } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import { type ServiceModel, keyAccess, readTarget } from './model';
import type { RelatedFile } from './sniff';

/** Top-level keys of CreateService input that a task definition never has. */
const SERVICE_ONLY = new Set([
  'loadBalancers',
  'serviceConnectConfiguration',
  'serviceRegistries',
  'networkConfiguration',
  'launchType',
  'capacityProviderStrategy',
  'desiredCount',
  'serviceName',
  'schedulingStrategy',
  'deploymentConfiguration',
  'deploymentController',
  'platformVersion',
]);

export function serviceFileModels(doc: AnalyzedDocument, related: RelatedFile[]): ServiceModel[] {
  const root = asObject(doc.root);
  if (!root || doc.tasks.length > 0) return [];
  const appspec = appSpecService(root);
  if (appspec) return withTask(appspec, related) ? [appspec] : [];
  if (getProperty(root, 'containerDefinitions') || !root.properties.some((p) => SERVICE_ONLY.has(p.key))) return [];
  const access = keyAccess('service-json');
  const taskProp = getProperty(root, 'taskDefinition');
  const network = asObject(get(root, 'networkConfiguration'));
  const first = root.properties[0];
  const anchorProp: PropertyNode = taskProp ?? getProperty(root, 'launchType') ?? first;
  const service: ServiceModel = {
    kind: 'service-json',
    name: baseName(doc.uri),
    node: root,
    anchor: { offset: anchorProp.keyOffset, length: anchorProp.keyLength },
    taskProp,
    taskIsLocal: false,
    targets: [],
    serviceConnect: asObject(get(root, 'serviceConnectConfiguration')),
    networkConfigurationProp: getProperty(root, 'networkConfiguration'),
    launchTypeProp: getProperty(root, 'launchType'),
    securityGroupsProp: getProperty(asObject(get(network, 'awsvpcConfiguration')), 'securityGroups'),
    ...access,
  };
  for (const item of asArray(get(root, 'loadBalancers'))?.items ?? []) {
    const obj = asObject(item);
    if (obj) service.targets.push(readTarget(service, 'loadBalancer', obj));
  }
  for (const item of asArray(get(root, 'serviceRegistries'))?.items ?? []) {
    const obj = asObject(item);
    if (obj) service.targets.push(readTarget(service, 'registry', obj));
  }
  return withTask(service, related) ? [service] : [];
}

/** An AppSpec's ECS target service (`Resources: [{ Name: { Type: AWS::ECS::Service, Properties } }]`). */
function appSpecService(root: ObjectNode): ServiceModel | undefined {
  for (const item of asArray(get(root, 'Resources'))?.items ?? []) {
    for (const res of asObject(item)?.properties ?? []) {
      const body = asObject(res.value);
      if (stringValue(get(body, 'Type')) !== 'AWS::ECS::Service') continue;
      const props = asObject(get(body, 'Properties'));
      if (!props) continue;
      const access = keyAccess('appspec');
      const service: ServiceModel = {
        kind: 'appspec',
        name: res.rawKey,
        node: props,
        anchor: { offset: res.keyOffset, length: res.keyLength },
        taskProp: getProperty(props, 'TaskDefinition'),
        taskIsLocal: false,
        targets: [],
        ...access,
      };
      const info = asObject(get(props, 'LoadBalancerInfo'));
      if (info) service.targets.push(readTarget(service, 'appspec', info));
      return service;
    }
  }
  return undefined;
}

/**
 * Finds the service's task definition among the related files: the one whose family the service's
 * `taskDefinition` names, or, when it names none (ecspresso, AppSpec placeholders), the only task
 * definition file in the folder. Anything ambiguous: no task, no checks.
 */
function withTask(service: ServiceModel, related: RelatedFile[]): boolean {
  const candidates: { uri: string; task: TaskDefinitionModel }[] = [];
  for (const file of related) {
    let doc: AnalyzedDocument;
    try {
      doc = analyzeDocument(file.text, { uri: file.uri });
    } catch {
      continue;
    }
    const [task] = doc.tasks;
    if (doc.tasks.length === 1 && (task.kind === 'register' || task.kind === 'describe') && doc.syntaxErrors.length === 0)
      candidates.push({ uri: file.uri, task });
  }
  const named = stringValue(service.taskProp?.value);
  const family = named === undefined ? undefined : familyOf(named);
  const matching = family === undefined ? candidates : candidates.filter((c) => stringValue(get(c.task.task, 'family')) === family);
  if (matching.length !== 1) return false;
  service.task = matching[0].task;
  service.taskLabel = baseName(matching[0].uri);
  return true;
}

/** `web`, `web:3` and `arn:aws:ecs:…:task-definition/web:3` all name family `web`; placeholders name none. */
export function familyOf(value: string): string | undefined {
  const m = /(?:^|task-definition\/)([A-Za-z0-9_-]{1,255})(?::\d+)?$/.exec(value);
  return m ? m[1] : undefined;
}

function baseName(uri: string): string {
  return uri.replace(/[?#].*$/, '').replace(/^.*[\\/]/, '');
}
