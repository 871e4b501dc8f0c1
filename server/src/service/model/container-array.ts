/**
 * A top-level JSON array of container definitions (what Terraform's `container_definitions`,
 * `file()` and `templatefile()` load). Recognised by content: objects that look like containers.
 */
import { type ArrayNode, getProperty } from './nodes';

const CONTAINER_KEYS = ['image', 'portMappings', 'essential', 'memory', 'memoryReservation', 'cpu', 'environment', 'logConfiguration', 'command', 'entryPoint', 'secrets', 'mountPoints'];

export function looksLikeContainerArray(arr: ArrayNode): boolean {
  if (arr.items.length === 0) return false;
  let containers = 0;
  for (const item of arr.items) {
    if (item.type !== 'object') return false;
    if (!getProperty(item, 'name') && !getProperty(item, 'image')) return false;
    if (CONTAINER_KEYS.some((k) => getProperty(item, k))) containers++;
  }
  return containers === arr.items.length;
}
