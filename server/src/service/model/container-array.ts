/**
 * A top-level JSON array of container definitions (what Terraform's `container_definitions`,
 * `file()` and `templatefile()` load). Recognised by content: every item is an object that looks
 * like a container, or a template placeholder standing for one (`${sidecar}`); at least one real
 * container. Task-level facts (network mode, Fargate, OS) are unknown in such a file.
 */
import { type ArrayNode, type ObjectNode, getProperty } from './nodes';

/** Container-only fields: an object with `name` and one of these is a container definition. */
const CONTAINER_KEYS = [
  'image',
  'portMappings',
  'essential',
  'memory',
  'memoryReservation',
  'cpu',
  'environment',
  'environmentFiles',
  'logConfiguration',
  'command',
  'entryPoint',
  'secrets',
  'mountPoints',
  'volumesFrom',
  'dependsOn',
  'healthCheck',
  'links',
  'user',
  'workingDirectory',
  'ulimits',
  'linuxParameters',
  'firelensConfiguration',
  'repositoryCredentials',
  'readonlyRootFilesystem',
  'startTimeout',
  'stopTimeout',
  'dockerLabels',
  'privileged',
  'hostname',
  'extraHosts',
  'dnsServers',
  'dnsSearchDomains',
  'systemControls',
  'restartPolicy',
  'resourceRequirements',
  'interactive',
  'pseudoTerminal',
  'disableNetworking',
  'dockerSecurityOptions',
  'credentialSpecs',
  'versionConsistency',
];

export function looksLikeContainer(item: ObjectNode): boolean {
  if (getProperty(item, 'image')) return true;
  return !!getProperty(item, 'name') && CONTAINER_KEYS.some((k) => getProperty(item, k));
}

export function looksLikeContainerArray(arr: ArrayNode): boolean {
  let containers = 0;
  for (const item of arr.items) {
    if (item.type === 'unknown') continue;
    if (item.type !== 'object' || !looksLikeContainer(item)) return false;
    containers++;
  }
  return containers > 0;
}
