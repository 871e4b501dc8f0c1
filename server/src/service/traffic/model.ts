/**
 * The traffic model: the ECS services of a document and what they send traffic to — the task
 * definition they run, their load balancer target groups, Service Connect and service discovery
 * entries, and the security groups in front of the task. Format-neutral: a CloudFormation
 * `AWS::ECS::Service` (PascalCase keys) and a create-service JSON file (camelCase) read the same.
 * Every node belongs to the document being checked, except the task when it comes from a file next to it.
 */
import type { ObjectNode, PropertyNode, ValueNode } from '../model/nodes';
import { getProperty, integerValue, stringValue } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';
import type { SourceRange } from '../rules/types';

export type ServiceKind = 'cloudformation' | 'service-json' | 'appspec' | 'terraform';

/** Repeated Terraform blocks are named in the singular (`service { client_alias { … } }`). */
const TERRAFORM_BLOCKS: Record<string, string> = { services: 'service', clientAliases: 'client_alias', loadBalancers: 'load_balancer' };

/** The spelling of a service key in this kind of file (`containerPort` / `ContainerPort` / `container_port`). */
export function serviceKey(kind: ServiceKind, camel: string): string {
  if (kind === 'terraform')
    return Object.hasOwn(TERRAFORM_BLOCKS, camel) ? TERRAFORM_BLOCKS[camel] : camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return kind === 'service-json' ? camel : camel[0].toUpperCase() + camel.slice(1);
}

export interface TargetGroupModel {
  /** CloudFormation logical id, or the Terraform address (`aws_lb_target_group.web`). */
  name: string;
  keyRange: SourceRange;
  properties?: ObjectNode;
  targetTypeProp?: PropertyNode;
  /** `instance` when omitted (CloudFormation's default); undefined when unknown. */
  targetType?: string;
  healthCheckPortProp?: PropertyNode;
  /** A fixed port, `traffic-port` (also when omitted), or undefined when unknown. */
  healthCheckPort?: number | 'traffic-port';
  /** Load balancers that forward to it (through listeners and listener rules). */
  loadBalancers: LoadBalancerModel[];
  /** Some listener or rule forwards to it from a load balancer we cannot see. */
  unknownSources: boolean;
  /** An `aws_lb_target_group` of a .tf file (its arguments are spelt `target_type`, `health_check.port`). */
  terraform?: boolean;
}

export interface LoadBalancerModel {
  name: string;
  /** `application`, `network` or `gateway`. */
  type: string;
  /** Security group ids (logical ids) of the load balancer; undefined when unknown or unresolvable. */
  securityGroups?: string[];
  /** Listener ports (known ones) that forward to the target group in question. */
  listenerPorts: { port: number; protocol?: string }[];
}

/** One `loadBalancers[]` / `serviceRegistries[]` entry, or the AppSpec `LoadBalancerInfo`. */
export interface ContainerTarget {
  kind: 'loadBalancer' | 'registry' | 'appspec';
  node: ObjectNode;
  containerNameProp?: PropertyNode;
  /** The container name when it is a known string. */
  containerName?: string;
  containerPortProp?: PropertyNode;
  containerPort?: number;
  /** Load balancer entries: the target group, when it resolves in the same template. */
  targetGroup?: TargetGroupModel;
}

export interface ServiceModel {
  kind: ServiceKind;
  /** CloudFormation logical id, the Terraform address (`aws_ecs_service.web`), or the file's base name. */
  name: string;
  node: ObjectNode;
  /** Where service-level problems are reported: the resource's key, or a top-level key of the file. */
  anchor: SourceRange;
  taskProp?: PropertyNode;
  /** The task definition it runs, when it can be found for certain. */
  task?: TaskDefinitionModel;
  /** How to name the task in messages (logical id or file name). */
  taskLabel?: string;
  /** The task is in this same document (fixes and related locations may point into it). */
  taskIsLocal: boolean;
  targets: ContainerTarget[];
  /** `serviceConnectConfiguration` object. */
  serviceConnect?: ObjectNode;
  networkConfigurationProp?: PropertyNode;
  launchTypeProp?: PropertyNode;
  /** `networkConfiguration.awsvpcConfiguration.securityGroups`. */
  securityGroupsProp?: PropertyNode;
  /** Spell a key the way this file does. */
  key(camel: string): string;
  get(obj: ObjectNode | undefined, camel: string): ValueNode | undefined;
  prop(obj: ObjectNode | undefined, camel: string): PropertyNode | undefined;
}

export function readTarget(service: Pick<ServiceModel, 'prop'>, kind: ContainerTarget['kind'], node: ObjectNode): ContainerTarget {
  const containerNameProp = service.prop(node, 'containerName');
  const containerPortProp = service.prop(node, 'containerPort');
  return {
    kind,
    node,
    containerNameProp,
    containerName: stringValue(containerNameProp?.value),
    containerPortProp,
    containerPort: integerValue(containerPortProp?.value),
  };
}

/** Key accessors for one kind of file. */
export function keyAccess(kind: ServiceKind): Pick<ServiceModel, 'key' | 'get' | 'prop'> {
  const key = (camel: string) => serviceKey(kind, camel);
  const prop = (obj: ObjectNode | undefined, camel: string) => getProperty(obj, key(camel));
  return { key, prop, get: (obj, camel) => prop(obj, camel)?.value };
}
