/**
 * Completion inside an ECS service of a CloudFormation template: a load balancer's or service
 * registry's ContainerName offers the containers of the task the service runs, and ContainerPort the
 * ports that container maps (all containers' ports when no name is written yet).
 */
import type { AnalyzedDocument } from '../model/document';
import type { Path } from '../model/nodes';
import { num, str } from '../features/completion/snippet';
import type { Scalar, Suggestions, ValueSuggestion } from '../features/completion/types';
import { trafficOf } from '.';
import { mappedPorts, singlePorts } from './task-ports';

const LISTS = new Set(['LoadBalancers', 'ServiceRegistries']);

/** Suggestions for a value at `rawPath` inside a service; undefined anywhere else. */
export function serviceSuggestions(
  doc: AnalyzedDocument,
  rawPath: Path,
  kind: string,
  siblings: Map<string, Scalar>,
): Suggestions | undefined {
  const [resources, id, properties, list, index, field] = rawPath;
  if (kind !== 'value' || rawPath.length !== 6 || resources !== 'Resources' || properties !== 'Properties' || typeof index !== 'number')
    return undefined;
  if (typeof list !== 'string' || !LISTS.has(list) || (field !== 'ContainerName' && field !== 'ContainerPort')) return undefined;
  const task = trafficOf(doc).services.find((s) => s.name === id)?.task;
  if (!task) return undefined;
  const values: ValueSuggestion[] = [];
  if (field === 'ContainerName') {
    for (const c of task.containers) {
      if (!c.name) continue;
      const ports = singlePorts(mappedPorts(c));
      values.push({
        label: c.name,
        value: str(c.name),
        detail: ports.length ? `maps ${ports.join(', ')}` : 'maps no ports',
        itemKind: 'value',
        sortText: ports.length ? `0${c.name}` : `1${c.name}`,
      });
    }
  } else {
    const named = siblings.get('ContainerName');
    const containers = task.containers.filter((c) => typeof named !== 'string' || c.name === named);
    const seen = new Set<number>();
    for (const c of containers) {
      for (const p of singlePorts(mappedPorts(c))) {
        if (seen.has(p)) continue;
        seen.add(p);
        values.push({ label: String(p), value: num(p), detail: `container port of ${c.name ?? 'a container'}`, itemKind: 'value' });
      }
    }
  }
  return { keys: [], values };
}
