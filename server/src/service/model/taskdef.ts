/**
 * The task-definition model the rules read: which parts of a document are task definitions,
 * their containers and port mappings, and the facts many rules share (effective network mode,
 * Fargate, operating system). Built once per document version from the value tree.
 */
import {
  type ArrayNode,
  type ObjectNode,
  type PropertyNode,
  type ValueNode,
  asArray,
  asObject,
  get,
  getProperty,
  stringValue,
} from './nodes';

export type NetworkMode = 'awsvpc' | 'bridge' | 'host' | 'none';
export const NETWORK_MODES: readonly NetworkMode[] = ['awsvpc', 'bridge', 'host', 'none'];

export type DocumentKind =
  /** `aws ecs register-task-definition --cli-input-json` input. */
  | 'register'
  /** `aws ecs describe-task-definition` output: `{"taskDefinition": {…}}`. */
  | 'describe'
  /** A top-level array of container definitions (Terraform `container_definitions`). */
  | 'container-array'
  /** An `AWS::ECS::TaskDefinition` resource in a CloudFormation template. */
  | 'cloudformation'
  /** A `resource "aws_ecs_task_definition"` block in a Terraform file. */
  | 'terraform';

export interface NetworkModeInfo {
  /** The mode the task will run with, when it can be known; undefined when unknown or invalid. */
  effective: NetworkMode | 'nat' | undefined;
  /** True when `networkMode` is written in the file (with any value). */
  explicit: boolean;
  /** The `networkMode` property, when present. */
  property?: PropertyNode;
}

export interface PortMappingModel {
  node: ObjectNode;
  index: number;
  container: ContainerModel;
}

export interface ContainerModel {
  node: ObjectNode;
  index: number;
  /** The container's name, when it is a known string. */
  name?: string;
  portMappingsProperty?: PropertyNode;
  portMappings: PortMappingModel[];
}

export interface TaskDefinitionModel {
  kind: DocumentKind;
  /** The object holding task-level fields; undefined for a bare container array. */
  task?: ObjectNode;
  /** `{"taskDefinition": …}` wrapper property of describe output. */
  wrapper?: PropertyNode;
  /** CloudFormation logical id of the resource. */
  resourceName?: string;
  /** The `containerDefinitions` array (or the whole array for container-array documents). */
  containersNode?: ArrayNode;
  containers: ContainerModel[];
  networkMode: NetworkModeInfo;
  /** `requiresCompatibilities` lists FARGATE: true; lists only other known values or is absent: false. */
  fargate: boolean | 'unknown';
  /** Operating system family from `runtimePlatform`; Linux when absent. */
  os: 'linux' | 'windows' | 'unknown';
}

export function buildTaskModel(
  kind: DocumentKind,
  task: ObjectNode | undefined,
  containersNode: ArrayNode | undefined,
): TaskDefinitionModel {
  const model: TaskDefinitionModel = {
    kind,
    task,
    containersNode,
    containers: [],
    networkMode: { effective: undefined, explicit: false },
    fargate: false,
    os: 'linux',
  };
  if (task) {
    model.fargate = readFargate(get(task, 'requiresCompatibilities'));
    model.os = readOs(get(task, 'runtimePlatform'));
    model.networkMode = readNetworkMode(task, model.fargate, model.os);
  } else {
    model.fargate = 'unknown';
    model.os = 'unknown';
  }
  containersNode?.items.forEach((item, index) => {
    const node = asObject(item);
    if (!node) return;
    const container: ContainerModel = { node, index, name: stringValue(get(node, 'name')), portMappings: [] };
    const pmProp = getProperty(node, 'portMappings');
    container.portMappingsProperty = pmProp;
    asArray(pmProp?.value)?.items.forEach((pm, i) => {
      const pmNode = asObject(pm);
      if (pmNode) container.portMappings.push({ node: pmNode, index: i, container });
    });
    model.containers.push(container);
  });
  return model;
}

function readFargate(node: ValueNode | undefined): boolean | 'unknown' {
  if (!node) return false;
  const arr = asArray(node);
  if (!arr) return 'unknown';
  let unknown = false;
  for (const item of arr.items) {
    if (item.type === 'string') {
      if (item.value === 'FARGATE') return true;
    } else unknown = true;
  }
  return unknown ? 'unknown' : false;
}

function readOs(node: ValueNode | undefined): 'linux' | 'windows' | 'unknown' {
  if (!node) return 'linux';
  const obj = asObject(node);
  if (!obj) return 'unknown';
  const family = get(obj, 'operatingSystemFamily');
  if (!family) return 'linux';
  if (family.type !== 'string') return 'unknown';
  if (family.value.startsWith('WINDOWS')) return 'windows';
  return family.value === 'LINUX' ? 'linux' : 'unknown';
}

function readNetworkMode(task: ObjectNode, fargate: boolean | 'unknown', os: 'linux' | 'windows' | 'unknown'): NetworkModeInfo {
  const property = getProperty(task, 'networkMode');
  if (property) {
    const v = property.value;
    const s = v?.type === 'string' ? v.value : undefined;
    const effective = s && (NETWORK_MODES as readonly string[]).includes(s) ? (s as NetworkMode) : undefined;
    return { effective, explicit: true, property };
  }
  // Omitted: bridge on Linux EC2, Docker NAT on Windows. A Fargate task must say awsvpc
  // (fargate-requires-awsvpc reports that); other rules stay silent rather than guess.
  if (fargate !== false) return { effective: undefined, explicit: false };
  if (os === 'linux') return { effective: 'bridge', explicit: false };
  if (os === 'windows') return { effective: 'nat', explicit: false };
  return { effective: undefined, explicit: false };
}
