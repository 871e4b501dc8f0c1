/**
 * The `aws_ecs_service` resources of a .tf file, linked to the task definition and target groups they
 * name in the same file. Only plain references are followed (`aws_ecs_task_definition.app.arn`,
 * `aws_lb_target_group.web.arn`); variables, locals, data sources, modules and anything computed leave
 * the link unknown, which silences the rules that need it. A service with `count` or `for_each`, or with an
 * EXTERNAL (or unreadable) deployment controller, is left out.
 */
import type { AnalyzedDocument } from '../model/document';
import {
  type ObjectNode,
  type PropertyNode,
  type ValueNode,
  asArray,
  asObject,
  getProperty,
  integerValue,
  stringValue,
} from '../model/nodes';
import { terraformResources } from '../model/terraform-context';
import { type TerraformBlockSpec, type TerraformResourceBlock, TERRAFORM_TASK_TYPE, readTerraformResource } from '../model/terraform';
import {
  TERRAFORM_LISTENER_SPEC,
  TERRAFORM_LISTENER_TYPES,
  TERRAFORM_SERVICE_SPEC,
  TERRAFORM_SERVICE_TYPE,
  TERRAFORM_TARGET_GROUP_SPEC,
  TERRAFORM_TARGET_GROUP_TYPES,
} from '../model/terraform-resources';
import { firstOf, named, stringLiteral } from '../parse/hcl';
import { type LoadBalancerModel, type ServiceModel, type TargetGroupModel, keyAccess, readTarget } from './model';
import { TerraformSecurityGroups } from './terraform-security-groups';
import { attrName, isRepeated, referenceText, resourcesByAddress } from './terraform-refs';

const NAME = '[A-Za-z_][A-Za-z0-9_-]*';
/** `aws_ecs_task_definition.app.arn` (also `.arn_without_revision`, `.id`, `.family`). */
const TASK_REF = new RegExp(`^${TERRAFORM_TASK_TYPE}\\.(${NAME})\\.(?:arn|arn_without_revision|id|family)$`);
/** `"${aws_ecs_task_definition.app.family}:${aws_ecs_task_definition.app.revision}"` (the same resource twice). */
const TASK_FAMILY_REVISION = new RegExp(
  `^"\\$\\{${TERRAFORM_TASK_TYPE}\\.(${NAME})\\.family\\}(?::\\$\\{${TERRAFORM_TASK_TYPE}\\.(${NAME})\\.revision\\})?"$`,
);
const TARGET_GROUP_REF = new RegExp(`^(${TERRAFORM_TARGET_GROUP_TYPES.join('|')})\\.(${NAME})\\.(?:arn|id)$`);
const LOAD_BALANCER_REF = new RegExp(`^(aws_lb|aws_alb)\\.(${NAME})\\.(?:arn|id)$`);

export function terraformServices(doc: AnalyzedDocument, groups?: TerraformSecurityGroups): ServiceModel[] {
  const resources = terraformResources(doc);
  if (!resources.some((r) => r.type === TERRAFORM_SERVICE_TYPE)) return [];
  const sgs = groups ?? new TerraformSecurityGroups(doc, resources);
  // The same address twice is an error Terraform reports; follow neither.
  const byAddress = resourcesByAddress(resources);
  const targetGroups = new Map<string, TargetGroupModel | undefined>();
  const targetGroup = (value: ValueNode | undefined): TargetGroupModel | undefined => {
    const m = TARGET_GROUP_REF.exec(referenceText(value) ?? '');
    if (!m) return undefined;
    const address = `${m[1]}.${m[2]}`;
    if (!targetGroups.has(address)) {
      const tg = readTargetGroup(doc, byAddress.get(address));
      if (tg) linkListeners(doc, tg, resources, sgs);
      targetGroups.set(address, tg);
    }
    return targetGroups.get(address);
  };
  const access = keyAccess('terraform');
  const services: ServiceModel[] = [];
  for (const res of resources) {
    if (res.type !== TERRAFORM_SERVICE_TYPE || byAddress.get(`${res.type}.${res.name}`) !== res || isRepeated(res, doc.text)) continue;
    const props = readTerraformResource(res, TERRAFORM_SERVICE_SPEC, doc.text);
    // An EXTERNAL deployment controller (or one we cannot read) puts the network and load balancers in task sets.
    const controller = getProperty(props, 'deployment_controller');
    const controllerObj = asObject(controller?.value);
    const typeProp = getProperty(controllerObj, 'type');
    const controllerType = !controller || (controllerObj && !typeProp) ? 'ECS' : stringValue(typeProp?.value);
    if (controllerType !== 'ECS' && controllerType !== 'CODE_DEPLOY') continue;
    const taskProp = getProperty(props, 'task_definition');
    const taskAddress = taskAddressOf(taskProp?.value);
    const taskRes = taskAddress ? byAddress.get(taskAddress) : undefined;
    const task = taskRes && !isRepeated(taskRes, doc.text) ? doc.tasks.find((t) => t.resourceName === taskAddress) : undefined;
    const network = getProperty(props, 'network_configuration');
    // With a capacity provider strategy the launch type comes from the providers (Terraform rejects both).
    const capacity = getProperty(props, 'capacity_provider_strategy');
    const service: ServiceModel = {
      kind: 'terraform',
      name: `${res.type}.${res.name}`,
      node: props,
      anchor: { offset: res.label.start, length: res.label.end - res.label.start },
      taskProp,
      task,
      taskLabel: task ? taskAddress : undefined,
      taskIsLocal: true,
      targets: [],
      serviceConnect: asObject(getProperty(props, 'service_connect_configuration')?.value),
      networkConfigurationProp: network,
      launchTypeProp: capacity ? undefined : getProperty(props, 'launch_type'),
      securityGroupsProp: getProperty(asObject(network?.value), 'security_groups'),
      ...access,
    };
    for (const item of asArray(getProperty(props, 'load_balancer')?.value)?.items ?? []) {
      const obj = asObject(item);
      if (!obj) continue;
      const target = readTarget(service, 'loadBalancer', obj);
      target.targetGroup = targetGroup(getProperty(obj, 'target_group_arn')?.value);
      service.targets.push(target);
    }
    for (const item of asArray(getProperty(props, 'service_registries')?.value)?.items ?? []) {
      const obj: ObjectNode | undefined = asObject(item);
      if (obj) service.targets.push(readTarget(service, 'registry', obj));
    }
    services.push(service);
  }
  return services;
}

function taskAddressOf(value: ValueNode | undefined): string | undefined {
  const src = referenceText(value);
  if (src === undefined) return undefined;
  const ref = TASK_REF.exec(src);
  if (ref) return `${TERRAFORM_TASK_TYPE}.${ref[1]}`;
  const fr = TASK_FAMILY_REVISION.exec(src);
  if (fr && (fr[2] === undefined || fr[2] === fr[1])) return `${TERRAFORM_TASK_TYPE}.${fr[1]}`;
  return undefined;
}

function readTargetGroup(doc: AnalyzedDocument, res: TerraformResourceBlock | undefined): TargetGroupModel | undefined {
  if (!res || isRepeated(res, doc.text)) return undefined;
  const props = readTerraformResource(res, TERRAFORM_TARGET_GROUP_SPEC, doc.text);
  const targetTypeProp = getProperty(props, 'target_type');
  const health = getProperty(props, 'health_check');
  const hcProp: PropertyNode | undefined = getProperty(asObject(health?.value), 'port');
  return {
    name: `${res.type}.${res.name}`,
    keyRange: { offset: res.label.start, length: res.label.end - res.label.start },
    properties: props,
    targetTypeProp,
    targetType: targetTypeProp ? stringValue(targetTypeProp.value) : 'instance',
    healthCheckPortProp: hcProp,
    healthCheckPort: health && !asObject(health.value) ? undefined : hcProp ? healthCheckPort(hcProp.value) : 'traffic-port',
    loadBalancers: [],
    unknownSources: true,
    terraform: true,
  };
}

function healthCheckPort(node: ValueNode | undefined): number | 'traffic-port' | undefined {
  const s = stringValue(node);
  if (s === 'traffic-port') return 'traffic-port';
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * The listeners of the file whose default action forwards to `tg`, by load balancer (for the port map).
 * Listener rules and other files are not followed, so the group keeps `unknownSources`. A load balancer's
 * `security_groups` are kept when every one is an `aws_security_group` of this file.
 */
function linkListeners(
  doc: AnalyzedDocument,
  tg: TargetGroupModel,
  resources: TerraformResourceBlock[],
  sgs: TerraformSecurityGroups,
): void {
  const byLb = new Map<string, LoadBalancerModel>();
  for (const res of resources) {
    if (!TERRAFORM_LISTENER_TYPES.includes(res.type) || isRepeated(res, doc.text)) continue;
    const props = readTerraformResource(res, TERRAFORM_LISTENER_SPEC, doc.text);
    const actions = asArray(getProperty(props, 'default_action')?.value)?.items ?? [];
    const forwards = actions.some((a) => {
      const m = TARGET_GROUP_REF.exec(referenceText(getProperty(asObject(a), 'target_group_arn')?.value) ?? '');
      return m !== null && `${m[1]}.${m[2]}` === tg.name;
    });
    const lbRef = LOAD_BALANCER_REF.exec(referenceText(getProperty(props, 'load_balancer_arn')?.value) ?? '');
    const port = integerValue(getProperty(props, 'port')?.value);
    if (!forwards || !lbRef || port === undefined) continue;
    const lbName = `${lbRef[1]}.${lbRef[2]}`;
    let lb = byLb.get(lbName);
    if (!lb) {
      lb = { name: lbName, type: loadBalancerType(doc, resources, lbName), listenerPorts: [] };
      lb.securityGroups = loadBalancerGroups(doc, resources, lbName, sgs);
      byLb.set(lbName, lb);
    }
    lb.listenerPorts.push({ port, protocol: stringValue(getProperty(props, 'protocol')?.value) });
  }
  tg.loadBalancers.push(...byLb.values());
}

/** `load_balancer_type` of the `aws_lb` (application when omitted, as Terraform does; `?` when it is not in the file). */
function loadBalancerType(doc: AnalyzedDocument, resources: TerraformResourceBlock[], address: string): string {
  const res = resources.find((r) => `${r.type}.${r.name}` === address);
  if (!res) return '?';
  const attr = (firstOf(res.block, 'body')?.children ?? []).find(
    (a) => a.type === 'attribute' && attrName(a, doc.text) === 'load_balancer_type',
  );
  const value = attr ? stringLiteral(named(attr)[1] ?? attr, doc.text) : 'application';
  return value ?? '?';
}

/** The `security_groups` of the `aws_lb` as group addresses; undefined when absent, repeated or not all of this file. */
function loadBalancerGroups(
  doc: AnalyzedDocument,
  resources: TerraformResourceBlock[],
  address: string,
  sgs: TerraformSecurityGroups,
): string[] | undefined {
  const found = resources.filter((r) => `${r.type}.${r.name}` === address);
  if (found.length !== 1 || isRepeated(found[0], doc.text)) return undefined;
  const props = readTerraformResource(found[0], LOAD_BALANCER_SPEC, doc.text);
  return sgs.groupList(getProperty(props, 'security_groups')?.value);
}

const LOAD_BALANCER_SPEC: TerraformBlockSpec = { api: '', attrs: { security_groups: ['security_groups', 'list'] } };
