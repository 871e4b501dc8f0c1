/**
 * The port map: for each container, where traffic comes from and how it reaches each container
 * port in the task's network mode — listener → target group, host or ENI port → container port,
 * and who the security groups let in. Markdown, for hovers and the "Show Port Map" command.
 */
import type { AnalyzedDocument } from '../model/document';
import { type PortSpan, containerSpan, readPort } from '../model/ports';
import type { ContainerModel, TaskDefinitionModel } from '../model/taskdef';
import { type PropertyNode, asArray, isApiKey, nodeAt } from '../model/nodes';
import { trafficOf } from '.';
import type { ServiceModel } from './model';
import { hostPortOf } from './task-ports';
import { ingressRules, ruleSource } from './security-groups';
import { SECURITY_GROUP_TYPE } from './template';

const MODE_WORDS: Record<string, string> = {
  awsvpc: 'awsvpc: each task has its own network interface (ENI) and IP address; traffic arrives on the container port itself.',
  bridge:
    'bridge: Docker publishes each host port on the instance and forwards it to the container port; no hostPort (or 0) takes a dynamic port from 32768–65535.',
  host: "host: the container uses the instance's network; the container port is the host port, so one task per port per instance.",
  none: 'none: no network beyond loopback; port mappings are not allowed.',
  nat: 'default (NAT) on Windows: the host port is published on the instance and forwarded to the container port.',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The port map of every task definition of the document (the "Show Port Map" command). */
export function portMapMarkdown(doc: AnalyzedDocument): string {
  const traffic = trafficOf(doc);
  const tasks = doc.tasks.length
    ? doc.tasks
    : [...new Set(traffic.services.map((s) => s.task).filter((t): t is TaskDefinitionModel => !!t))];
  if (tasks.length === 0) return 'No task definition in this file (and none found next to it for a service).';
  return tasks.map((t) => taskPortMap(doc, t)).join('\n\n');
}

/** One task definition: heading, the network mode's wording, a table per container. */
export function taskPortMap(doc: AnalyzedDocument, task: TaskDefinitionModel, only?: ContainerModel): string {
  const mode = task.networkMode.effective;
  const name = task.resourceName ?? (task.task ? familyName(task) : undefined) ?? 'task definition';
  const head = `**Port map: ${name}** (${mode ?? 'network mode unknown'})\n\n${mode ? MODE_WORDS[mode] : 'The network mode cannot be known here, so host ports are shown as unknown.'}`;
  const containers = only ? [only] : task.containers;
  const blocks = containers.map((c) => containerTable(doc, task, c));
  return [head, ...blocks].join('\n\n');
}

function familyName(task: TaskDefinitionModel): string | undefined {
  const fam = task.task?.properties.find((p) => isApiKey(p, 'family'))?.value;
  return fam?.type === 'string' ? fam.value : undefined;
}

function containerTable(doc: AnalyzedDocument, task: TaskDefinitionModel, c: ContainerModel): string {
  const title = `*container ${c.name ?? `#${c.index + 1}`}*`;
  if (c.portMappings.length === 0)
    return `${title}: no port mappings${task.networkMode.effective === 'awsvpc' ? ' (reachable only on its ENI, through the security groups; no load balancer or Service Connect can name it)' : ''}.`;
  const services = trafficOf(doc).services.filter((s) => s.task === task);
  const rows = c.portMappings.map((pm) => {
    const reading = readPort(pm);
    const span = containerSpan(reading);
    const container = span ? (span.isRange ? `${span.first}–${span.last}` : String(span.first)) : '?';
    const proto = reading.protocol ?? '?';
    return `| ${proto} | ${cell(listeners(services, c, span))} | ${cell(binding(task, span))} → ${container} | ${cell(reachable(doc, task, services, span))} |`;
  });
  return [
    title,
    '',
    '| protocol | listener → target group | host / ENI port → container port | reachable from |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function binding(task: TaskDefinitionModel, span: PortSpan | undefined): string {
  if (!span) return '?';
  const mode = task.networkMode.effective;
  const host = hostPortOf(task, span);
  if (mode === 'awsvpc') return `ENI :${span.isRange ? `${span.first}–${span.last}` : span.first}`;
  if (host === 'dynamic') return 'host dynamic (32768–65535)';
  if (host === undefined) return mode === 'nat' && span.reading.hostPort !== undefined ? `host :${span.reading.hostPort}` : 'host ?';
  return `host :${host}`;
}

function listeners(services: ServiceModel[], c: ContainerModel, span: PortSpan | undefined): string {
  if (!span || !c.name) return '—';
  const out: string[] = [];
  for (const s of services) {
    for (const t of s.targets) {
      if (t.containerName !== c.name || t.containerPort === undefined || t.containerPort < span.first || t.containerPort > span.last)
        continue;
      if (t.kind === 'registry') {
        out.push(`Cloud Map (${s.name})`);
        continue;
      }
      const tg = t.targetGroup;
      if (!tg) {
        out.push(`${s.name}: target group (not in this file)`);
        continue;
      }
      const lbs = tg.loadBalancers.flatMap((lb) =>
        lb.listenerPorts.map((l) => `${lb.name}:${l.port}${l.protocol ? ` ${l.protocol}` : ''}`),
      );
      out.push(`${lbs.length ? lbs.join(', ') : '?'} → ${tg.name} (${tg.targetType ?? '?'})`);
    }
    for (const item of asArray(s.get(s.serviceConnect, 'services'))?.items ?? []) {
      const pn = item.type === 'object' ? s.get(item, 'portName') : undefined;
      const name = span.reading.mapping.node.properties.find((p) => isApiKey(p, 'name'))?.value;
      if (pn?.type === 'string' && name?.type === 'string' && pn.value === name.value) out.push(`Service Connect ${pn.value}`);
    }
  }
  return out.length ? out.join('; ') : '—';
}

function reachable(doc: AnalyzedDocument, task: TaskDefinitionModel, services: ServiceModel[], span: PortSpan | undefined): string {
  const mode = task.networkMode.effective;
  if (mode !== 'awsvpc') return mode ? "the container instance's security groups" : '?';
  if (!span || services.length === 0) return "the service's security groups";
  const graph = trafficOf(doc).template;
  const sources = new Set<string>();
  for (const s of services) {
    const list = asArray(s.securityGroupsProp?.value);
    if (!graph || !list) return "the service's security groups";
    for (const item of list.items) {
      const sg = graph.resolve(item, SECURITY_GROUP_TYPE);
      const rules = sg && ingressRules(graph, sg.id);
      if (!sg || !rules) return "the service's security groups (not all in this file)";
      for (const r of rules) {
        const src = ruleSource(graph, r, span.first);
        if (src) sources.add(`${src} via ${sg.id}`);
      }
    }
  }
  return sources.size ? [...sources].join(', ') : 'nothing: no ingress rule allows it';
}

/**
 * The port map for a hover: over a container's `portMappings` key or its `name`, that container;
 * over an ECS service's logical id (or its TaskDefinition or LoadBalancers key), the service's whole task.
 */
export function portMapAt(doc: AnalyzedDocument, offset: number): string | undefined {
  if (doc.format === 'terraform') return terraformPortMapAt(doc, offset);
  if (!doc.root) return undefined;
  const hit = nodeAt(doc.root, offset);
  if (hit?.type !== 'property' || offset > hit.keyOffset + hit.keyLength) return undefined;
  for (const task of doc.tasks) {
    for (const c of task.containers) {
      if (hit === c.portMappingsProperty || (isApiKey(hit, 'name') && hit.parent === c.node)) return taskPortMap(doc, task, c);
    }
  }
  for (const s of trafficOf(doc).services) {
    if (!s.task) continue;
    const onService = hit.keyOffset === s.anchor.offset && s.kind === 'cloudformation';
    if (onService || hit === s.taskProp || hit === s.prop(s.node, 'loadBalancers')) return taskPortMap(doc, s.task);
  }
  return undefined;
}

/**
 * Terraform has no single value tree to search: the port map answers on a container's `portMappings` key
 * (inside jsonencode or a heredoc), and on a service's name label, `task_definition` or `load_balancer`.
 */
function terraformPortMapAt(doc: AnalyzedDocument, offset: number): string | undefined {
  const within = (r: { offset: number; length: number } | undefined) => !!r && offset >= r.offset && offset <= r.offset + r.length;
  const onKey = (p: PropertyNode | undefined) => !!p && within({ offset: p.keyOffset, length: p.keyLength });
  for (const task of doc.tasks) {
    for (const c of task.containers) if (onKey(c.portMappingsProperty)) return taskPortMap(doc, task, c);
  }
  for (const s of trafficOf(doc).services) {
    if (s.task && (within(s.anchor) || onKey(s.taskProp) || onKey(s.prop(s.node, 'loadBalancers')))) return taskPortMap(doc, s.task);
  }
  return undefined;
}
