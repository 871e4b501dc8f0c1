/** What `portMappings`, `networkMode` and `requiresCompatibilities` mean for this task (markdown): hover bodies and completion documentation. */
import type { ArrayNode } from '../../model/nodes';
import { asArray, get } from '../../model/nodes';
import { readPort } from '../../model/ports';
import type { ContainerModel, TaskDefinitionModel } from '../../model/taskdef';
import type { ModeView } from './mode';
import { bindingLine } from './binding';
import { code, paragraphs } from './markdown';
import { COMPATIBILITY_VALUES, NETWORK_MODE_VALUES } from './values';
import { listText } from '../../rules/util/list';

const MAX_BINDINGS = 10;

function bindingList(view: ModeView, containers: ContainerModel[], spell: (k: string) => string): string | undefined {
  const lines: string[] = [];
  let total = 0;
  for (const c of containers) {
    for (const pm of c.portMappings) {
      total++;
      if (lines.length < MAX_BINDINGS) lines.push(`- ${bindingLine(view.mode, readPort(pm), c.name, spell)}`);
    }
  }
  if (total === 0) return undefined;
  if (view.mode === 'none') return undefined;
  if (total > lines.length) lines.push(`- … and ${total - lines.length} more`);
  return `**Bindings:**\n${lines.join('\n')}`;
}

export function portMappingsDoc(view: ModeView, container: ContainerModel | undefined, spell: (k: string) => string): string {
  const k = (s: string) => code(spell(s));
  const modeText: Record<string, string> = {
    awsvpc: "Each port is exposed as is on the task's own network interface; two containers of one task can't use the same port.",
    bridge: 'Each mapping forwards a fixed or a dynamic instance port to a container port.',
    host: 'Each port is opened on the instance itself, so only one copy of the task fits on an instance.',
    none: 'Port mappings are not allowed in none mode: ECS rejects them.',
    nat: 'Each mapping forwards a fixed or a dynamic port of the Windows instance to a container port.',
    unknown: 'How they bind depends on the network mode.',
  };
  return paragraphs(
    `**${spell('portMappings')}** (container)`,
    `The ports of this container that can be reached from outside it. Each mapping names a ${k('containerPort')} (or a ${k('containerPortRange')}), optionally a ${k('hostPort')}, a ${k('protocol')}, and a ${k('name')} for Service Connect.`,
    `${view.line} ${modeText[view.mode ?? 'unknown']}`,
    container && bindingList(view, [container], spell),
  );
}

export function networkModeDoc(view: ModeView, task: TaskDefinitionModel, spell: (k: string) => string): string {
  const modes = NETWORK_MODE_VALUES.map((m) => `- ${code(m.value)}: ${m.doc}`).join('\n');
  return paragraphs(
    `**${spell('networkMode')}** (task)`,
    "How the task's containers are connected to the network, and so how their port mappings bind.",
    view.line,
    modes,
    'Omitted, it means bridge on Linux EC2 and Docker NAT on Windows; Fargate requires awsvpc.',
    bindingList(view, task.containers, spell),
  );
}

function compatibilityLine(task: TaskDefinitionModel, spell: (k: string) => string): string {
  const k = (s: string) => code(spell(s));
  const arr: ArrayNode | undefined = task.task ? asArray(get(task.task, 'requiresCompatibilities')) : undefined;
  if (task.fargate === true) {
    return `This task lists **FARGATE**, so ECS applies the Fargate rules: ${k('networkMode')} must be awsvpc, and task-level ${k('cpu')} and ${k('memory')} are required. There is no instance, so host ports and reserved ports do not apply.`;
  }
  if (task.fargate === 'unknown') return 'Which launch types this task lists is not known here (a placeholder or an unexpected value).';
  if (arr && arr.items.length > 0) {
    const listed = listText(arr.items.map((i) => (i.type === 'string' ? code(i.value) : '?')));
    return `This task lists ${listed}: ECS checks it against ${arr.items.length === 1 ? 'that launch type' : 'those launch types'} only, not against Fargate.`;
  }
  return 'Without it, ECS checks no launch type at registration, so a mismatch shows up only when a task is launched.';
}

export function requiresCompatibilitiesDoc(task: TaskDefinitionModel, spell: (k: string) => string): string {
  const values = COMPATIBILITY_VALUES.map((v) => `- ${code(v.value)}: ${v.doc}`).join('\n');
  return paragraphs(
    `**${spell('requiresCompatibilities')}** (task)`,
    'The launch types ECS checks this task definition against when you register it; a definition that does not fit one of them is rejected right away.',
    values,
    compatibilityLine(task, spell),
  );
}
