/** Readings and labels of a container that several rules share. */
import { type StringNode, asArray, asObject, get, getProperty } from '../../model/nodes';
import type { ContainerModel } from '../../model/taskdef';
import { keyRange, nodeRange, propRange } from '../ranges';
import type { SourceRange } from '../types';

/** `"web"`, or `#2` (its position) when the name is not a known string. */
export function containerRef(container: ContainerModel): string {
  return container.name !== undefined ? JSON.stringify(container.name) : `#${container.index + 1}`;
}

/** `container "web"` / `container #2`; pass `'Container'` to start a sentence. */
export function containerLabel(container: ContainerModel, word = 'container'): string {
  return `${word} ${containerRef(container)}`;
}

/** `before + 'container "web"' + after` (` on container "web"`), or '' when the name is not a known string. */
export function whereNamed(container: ContainerModel, before: string, after = ''): string {
  return container.name !== undefined ? `${before}${containerLabel(container)}${after}` : '';
}

/** The container's name value, else its first key (never the whole container). */
export function containerAnchor(container: ContainerModel): SourceRange {
  const name = getProperty(container.node, 'name');
  if (name) return propRange(name);
  const first = container.node.properties[0];
  return first ? keyRange(first) : nodeRange(container.node);
}

/** true when the container is essential (`essential` omitted or true), false when it says false, undefined when unknowable. */
export function isEssential(container: ContainerModel): boolean | undefined {
  const prop = getProperty(container.node, 'essential');
  if (!prop) return true;
  return prop.value?.type === 'boolean' ? prop.value.value : undefined;
}

/** A place where a container names another one. */
export interface ContainerReference {
  field: 'dependsOn' | 'links' | 'volumesFrom';
  /** dependsOn[].containerName, a links entry (`name:alias`) or volumesFrom[].sourceContainer. */
  node: StringNode;
  /** The container name referred to. */
  target: string;
  /** What follows the name in the value (a link's `:alias`), to keep on a rename. */
  suffix: string;
}

/** The container's references to other containers that are known strings: dependsOn, then links, then volumesFrom. */
export function containerReferences(container: ContainerModel): ContainerReference[] {
  const refs: ContainerReference[] = [];
  for (const item of asArray(get(container.node, 'dependsOn'))?.items ?? []) {
    const ref = get(asObject(item), 'containerName');
    if (ref?.type === 'string') refs.push({ field: 'dependsOn', node: ref, target: ref.value, suffix: '' });
  }
  for (const link of asArray(get(container.node, 'links'))?.items ?? []) {
    if (link.type !== 'string') continue;
    const colon = link.value.indexOf(':');
    refs.push({
      field: 'links',
      node: link,
      target: colon < 0 ? link.value : link.value.slice(0, colon),
      suffix: colon < 0 ? '' : link.value.slice(colon),
    });
  }
  for (const item of asArray(get(container.node, 'volumesFrom'))?.items ?? []) {
    const ref = get(asObject(item), 'sourceContainer');
    if (ref?.type === 'string') refs.push({ field: 'volumesFrom', node: ref, target: ref.value, suffix: '' });
  }
  return refs;
}
